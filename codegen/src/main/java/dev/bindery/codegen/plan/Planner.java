package dev.bindery.codegen.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.bindery.codegen.CodegenException;
import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.codegen.model.InstanceType;
import dev.bindery.codegen.model.Schema;
import dev.bindery.codegen.model.SchemaDocument;
import dev.bindery.codegen.model.SchemaDocument.NamedSchema;
import dev.bindery.codegen.naming.Identifiers;
import dev.bindery.codegen.naming.NameAllocator;
import dev.bindery.codegen.plan.Declaration.ObjectType;
import dev.bindery.codegen.plan.Declaration.OpenEnum;
import dev.bindery.codegen.plan.Declaration.ScalarUnion;
import dev.bindery.codegen.plan.Declaration.ScalarUnion.Kind;
import dev.bindery.codegen.plan.Declaration.ScalarUnion.ScalarVariant;
import dev.bindery.codegen.plan.Declaration.Union;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides a Java type for every schema of a document: one small rule per construct, memoised by
 * schema location so that shared and recursive schemas get one type. Not reusable: one planner plans
 * one document.
 */
public final class Planner {
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName MAP = ClassName.get("java.util", "Map");
    private static final ClassName STRING = ScalarTypes.STRING;
    private static final ClassName BIG_DECIMAL = ScalarTypes.BIG_DECIMAL;
    private static final ClassName BIG_INTEGER = ScalarTypes.BIG_INTEGER;
    private static final int MAX_PLAN_DEPTH = 256;

    private final SchemaDocument document;
    private final GeneratorOptions options;
    private final Shapes shapes;
    private final ScalarTypes scalars;
    private final String packageName;
    private final NameAllocator classNames = new NameAllocator();
    private final Map<String, TypeName> decided = new HashMap<>();
    private final Map<ClassName, Object> declarations = new LinkedHashMap<>();
    private final Map<String, String> componentNames = new HashMap<>();
    /** Untyped schemas' unions and the class each reads a JSON object into: a union branch uses the class. */
    private final Map<ClassName, ClassName> objectViews = new HashMap<>();
    /** Locations of inline union branches, planned as the kind their type keywords imply. */
    private final Set<String> narrowed = new HashSet<>();

    private final Deque<String> parents = new ArrayDeque<>();
    private boolean usesOptional;
    private int depth;
    /** Locations whose type is being decided, outermost first: meeting one again is a cycle with no class on it. */
    private final LinkedHashSet<String> deciding = new LinkedHashSet<>();

    private Planner(SchemaDocument document, GeneratorOptions options, String packageName) {
        this.document = document;
        this.options = options;
        this.shapes = new Shapes(document);
        this.scalars = new ScalarTypes(options);
        this.packageName = packageName;
        // "None": Jackson's JsonDeserializer.None would shadow a union of that name inside its Reader
        for (String reserved : List.of("Marshaller", "EventEnvelope", "AWSEvent", "None")) {
            classNames.reserve(reserved);
        }
    }

    /** Plans {@code document} into {@code packageName}. */
    public static Plan plan(SchemaDocument document, GeneratorOptions options, String packageName) {
        Planner planner = new Planner(document, options, packageName);
        return planner.run();
    }

    private Plan run() {
        for (NamedSchema component : document.components()) {
            componentNames.put(component.schema().location(), component.name());
        }
        for (NamedSchema root : document.roots()) {
            componentNames.put(root.schema().location(), root.name());
        }
        TypeName rootType = null;
        for (NamedSchema root : document.roots()) {
            String name = rootType == null && options.rootClassName() != null ? options.rootClassName() : root.name();
            TypeName type = wrappedIfNoClass(named(root.schema(), name), root.schema(), name);
            rootType = rootType == null ? type : rootType;
        }
        for (NamedSchema component : document.components()) {
            named(component.schema(), component.name());
        }
        List<Declaration> result = new ArrayList<>();
        for (Object d : declarations.values()) {
            result.add(d instanceof ObjectBuilder b ? b.build() : (Declaration) d);
        }
        return new Plan(packageName, result, rootType, usesOptional, document.envelope());
    }

    /**
     * {@code type} when it is a class this plan declares; otherwise (a root that is an array, a scalar or
     * any value) a {@link Declaration.Wrapper} named {@code name} around it.
     */
    private TypeName wrappedIfNoClass(TypeName type, Schema schema, String name) {
        if (type instanceof ClassName declared && declarations.containsKey(declared)) {
            return type;
        }
        ClassName wrapper = newClass(name, schema);
        declarations.put(wrapper, new Declaration.Wrapper(wrapper, docs(schema), schema.location(), type));
        return wrapper;
    }

    /** The type of a schema that has a name of its own (a component, a root). */
    private TypeName named(Schema schema, String name) {
        return typeOf(schema, name);
    }

    /** Decides (once per location) the Java type of {@code schema}; {@code hint} names new classes. */
    private TypeName typeOf(Schema schema, String hint) {
        TypeName known = decided.get(schema.location());
        if (known != null) {
            return known;
        }
        if (!deciding.add(schema.location())) {
            throw new CodegenException(schema.location(), cycle(schema.location()));
        }
        if (++depth > MAX_PLAN_DEPTH) {
            throw new CodegenException(schema.location(), "schema nesting too deep to plan");
        }
        try {
            TypeName type = decide(schema, hint);
            decided.put(schema.location(), type);
            return type;
        } finally {
            depth--;
            deciding.remove(schema.location());
        }
    }

    /** Names a cycle of {@code $ref}s, arrays or maps that reaches {@code location} again before any class. */
    private String cycle(String location) {
        List<String> path = new ArrayList<>(deciding);
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(location), path.size()));
        loop.add(location);
        String file = location.substring(0, location.indexOf('#') + 1);
        List<String> shown = loop.stream()
                .map(l -> l.startsWith(file) ? l.substring(file.length()) : l)
                .toList();
        boolean onlyRefs = loop.stream()
                .limit(loop.size() - 1L)
                .allMatch(l -> document.byLocation().get(l) != null
                        && document.byLocation().get(l).ref() != null);
        return (onlyRefs
                        ? "$ref cycle with no schema of its own: "
                        : "recursive type with no class on the way " + "(an array or map that contains itself): ")
                + String.join(" -> ", shown);
    }

    private TypeName decide(Schema schema, String hint) {
        if (schema.ref() != null) {
            Schema target = document.byLocation().get(schema.ref());
            if (target == null) {
                throw new CodegenException(schema.location(), "unresolved reference " + schema.ref());
            }
            if (target.location().equals(schema.location())) {
                throw new CodegenException(schema.location(), "schema refers to itself");
            }
            return typeOf(target, componentNames.getOrDefault(target.location(), shapes.refName(schema.ref(), hint)));
        }
        if (!schema.allOf().isEmpty()) {
            Schema merged = shapes.merge(schema);
            return decideMerged(merged, hint);
        }
        return decideMerged(schema, hint);
    }

    private TypeName decideMerged(Schema schema, String hint) {
        List<Schema> branches = new ArrayList<>(schema.oneOf());
        branches.addAll(schema.anyOf());
        branches.removeIf(b -> shapes.isNullOnly(shapes.resolve(b)));
        if (!branches.isEmpty()
                && !(branches.stream().allMatch(b -> shapes.isConstraintOnly(shapes.resolve(b)))
                        && (shapes.isObject(schema) || !schema.types().isEmpty()))) {
            return union(schema, branches, hint);
        }
        if (schema.constValue() != null) {
            return scalars.scalarOfValue(schema.constValue());
        }
        if (schema.enumValues() != null) {
            return enumeration(schema, hint);
        }
        Set<InstanceType> types = shapes.nonNullTypes(schema);
        if (types.equals(EnumSet.of(InstanceType.INTEGER, InstanceType.NUMBER))) {
            types = EnumSet.of(InstanceType.NUMBER);
        }
        if (types.isEmpty()) {
            return shapes.isObject(schema) ? untyped(schema, hint) : JSON_NODE;
        }
        if (schema.typeImplied()
                && !narrowed.contains(schema.location())
                && (!schema.properties().isEmpty()
                        || schema.items() != null && schema.prefixItems().isEmpty())) {
            return untyped(schema, hint);
        }
        if (types.size() > 1) {
            return scalarUnionOfTypes(schema, types, hint);
        }
        return switch (types.iterator().next()) {
            case STRING -> scalars.stringType(schema.format());
            case INTEGER -> scalars.integerType(schema);
            case NUMBER -> scalars.numberType();
            case BOOLEAN -> ClassName.get(Boolean.class);
            case ARRAY -> arrayType(schema, hint);
            case OBJECT -> object(schema, hint);
            case NULL -> JSON_NODE;
        };
    }

    private TypeName arrayType(Schema schema, String hint) {
        int size = schema.prefixItems().size();
        boolean fixed = size > 0
                && schema.minItems() != null
                && schema.minItems() >= size
                && (schema.closedItems() || schema.maxItems() != null && schema.maxItems() == size);
        if (fixed) {
            return tuple(schema, hint);
        }
        if (!schema.prefixItems().isEmpty() || schema.items() == null) {
            return ParameterizedTypeName.get(LIST, JSON_NODE);
        }
        return ParameterizedTypeName.get(LIST, typeOf(schema.items(), shapes.singular(hint)));
    }

    private TypeName enumeration(Schema schema, String hint) {
        List<JsonNode> values =
                schema.enumValues().stream().filter(v -> !v.isNull()).toList();
        if (values.isEmpty()) {
            return JSON_NODE;
        }
        if (values.stream().allMatch(JsonNode::isTextual)) {
            if (values.size() == 1) {
                return STRING;
            }
            ClassName name = newClass(hint, schema);
            NameAllocator constants = new NameAllocator();
            List<OpenEnum.Constant> list = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (JsonNode value : values) {
                if (seen.add(value.asText())) {
                    list.add(new OpenEnum.Constant(
                            constants.allocate(Identifiers.constantName(value.asText())), value.asText()));
                }
            }
            declarations.put(name, new OpenEnum(name, docs(schema), schema.location(), list));
            return name;
        }
        if (values.stream().allMatch(JsonNode::isIntegralNumber)) {
            return scalars.integerType(schema);
        }
        if (values.stream().allMatch(JsonNode::isNumber)) {
            return scalars.numberType();
        }
        if (values.stream().allMatch(JsonNode::isBoolean)) {
            return ClassName.get(Boolean.class);
        }
        return JSON_NODE;
    }

    private TypeName object(Schema schema, String hint) {
        if (schema.properties().isEmpty()
                && schema.additionalProperties() == Schema.Additional.TYPED
                && !componentNames.containsKey(schema.location())) {
            TypeName value = typeOf(schema.additionalSchema(), hint + "Value");
            return ParameterizedTypeName.get(MAP, STRING, value);
        }
        if (schema.properties().isEmpty()
                && schema.additionalProperties() == Schema.Additional.OPEN
                && !componentNames.containsKey(schema.location())) {
            return ParameterizedTypeName.get(MAP, STRING, JSON_NODE);
        }
        return objectClass(schema, hint, null);
    }

    /**
     * The class of an object with properties; memoised as the type of {@code schema}, or, for the object view
     * of an untyped schema, as the object view of {@code view}.
     */
    private ClassName objectClass(Schema schema, String hint, ClassName view) {
        ClassName name = newClass(hint, schema);
        ObjectBuilder builder = new ObjectBuilder(name, docs(schema), schema.location());
        declarations.put(name, builder);
        if (view == null) {
            decided.put(schema.location(), name);
        } else {
            objectViews.put(view, name);
        }
        NameAllocator members = new NameAllocator();
        for (String jsonName : schema.properties().keySet()) {
            members.reserve(jsonName);
        }
        String additionalName = members.allocate("additionalProperties");
        members = new NameAllocator();
        members.reserve(additionalName);
        parents.push(name.simpleName());
        boolean emptyName = false;
        for (Map.Entry<String, Schema> e : schema.properties().entrySet()) {
            String jsonName = e.getKey();
            if (jsonName.isEmpty()) {
                // Jackson reads @JsonProperty("") as "no name": the value is kept in the map of unknown properties
                emptyName = true;
                continue;
            }
            Schema propertySchema = e.getValue();
            TypeName type = typeOf(propertySchema, Identifiers.className(jsonName, "Property"))
                    .box();
            boolean required = schema.required().contains(jsonName);
            boolean nullable = shapes.allowsNull(propertySchema) && !type.equals(JSON_NODE);
            Presence presence = required
                    ? (nullable ? Presence.REQUIRED_NULLABLE : Presence.REQUIRED)
                    : (nullable ? Presence.OPTIONAL_NULLABLE : Presence.OPTIONAL);
            if (presence == Presence.OPTIONAL_NULLABLE) {
                usesOptional = true;
            }
            String javaName = members.allocate(Identifiers.memberName(jsonName, "property"));
            builder.properties.add(new Property(
                    jsonName, javaName, type, presence, propertyDocs(propertySchema), propertySchema.defaultValue()));
        }
        parents.pop();
        builder.additionalName = additionalName;
        builder.additional = switch (schema.additionalProperties()) {
            case CLOSED -> null;
            case OPEN -> JSON_NODE;
            case TYPED ->
                typeOf(schema.additionalSchema(), name.simpleName() + "Value").box();
        };
        if (emptyName) {
            builder.additional = JSON_NODE;
        }
        return name;
    }

    /** A fixed-length tuple: a type whose properties are the elements, written as a JSON array. */
    private TypeName tuple(Schema schema, String hint) {
        ClassName name = newClass(hint, schema);
        ObjectBuilder builder = new ObjectBuilder(name, docs(schema), schema.location());
        builder.tuple = true;
        builder.additional = null;
        declarations.put(name, builder);
        decided.put(schema.location(), name);
        for (int i = 0; i < schema.prefixItems().size(); i++) {
            Schema item = schema.prefixItems().get(i);
            String element = "item" + (i + 1);
            TypeName type = typeOf(item, name.simpleName() + "Item" + (i + 1)).box();
            boolean nullable = shapes.allowsNull(item) && !type.equals(JSON_NODE);
            builder.properties.add(new Property(
                    element,
                    element,
                    type,
                    nullable ? Presence.REQUIRED_NULLABLE : Presence.REQUIRED,
                    docs(item),
                    item.defaultValue()));
        }
        return name;
    }

    /**
     * A schema without {@code type} that has {@code properties} or {@code items}: those keywords constrain objects
     * or arrays only, so every other JSON value is valid too (ADR 0023). A union of its object view (a class),
     * its array view (a list) and any other value (JSON), chosen by the token.
     */
    private TypeName untyped(Schema schema, String hint) {
        ClassName name = newClass(hint, schema);
        decided.put(schema.location(), name);
        declarations.put(name, new ScalarUnion(name, docs(schema), schema.location(), List.of()));
        List<ScalarVariant> variants = new ArrayList<>();
        if (!schema.properties().isEmpty()) {
            variants.add(new ScalarVariant(
                    "OfObject", Kind.OBJECT, objectClass(schema, name.simpleName() + "Object", name)));
        }
        if (schema.items() != null && schema.prefixItems().isEmpty()) {
            TypeName item =
                    typeOf(schema.items(), shapes.singular(name.simpleName())).box();
            variants.add(new ScalarVariant("OfArray", Kind.ARRAY, ParameterizedTypeName.get(LIST, item)));
        }
        variants.add(new ScalarVariant("OfOther", Kind.OTHER, JSON_NODE));
        declarations.put(name, new ScalarUnion(name, docs(schema), schema.location(), variants));
        return name;
    }

    /**
     * Marks an inline union branch to be planned as the kind the union reads it as: the union already picks
     * it by the JSON token, so an untyped branch with properties is its object class, not a union of its own.
     */
    private void narrowIfInline(Schema branch) {
        if (branch.ref() == null) {
            narrowed.add(branch.location());
        }
    }

    /** The object class of an untyped schema's union, as a union branch is read; other types as they are. */
    private TypeName objectView(TypeName type) {
        return type instanceof ClassName c && objectViews.containsKey(c) ? objectViews.get(c) : type;
    }

    private TypeName union(Schema schema, List<Schema> branches, String hint) {
        if (branches.size() == 1) {
            return typeOf(branches.get(0), hint);
        }
        List<Schema> resolved = branches.stream().map(shapes::resolveMerged).toList();
        if (resolved.stream().allMatch(shapes::isObject)) {
            if (!allDeclareClasses(branches, resolved)) {
                // a map-like branch has no class to implement the union: keep the JSON as it is
                return JSON_NODE;
            }
            return objectUnion(schema, branches, resolved, hint, true);
        }
        if (resolved.stream()
                .anyMatch(r ->
                        kindsOf(r).contains(InstanceType.OBJECT) || kindsOf(r).contains(InstanceType.ARRAY))) {
            return mixedUnion(schema, branches, resolved, hint);
        }
        if (resolved.stream().noneMatch(shapes::isObject)) {
            Set<InstanceType> types = EnumSet.noneOf(InstanceType.class);
            for (Schema branch : resolved) {
                Set<InstanceType> t = shapes.nonNullTypes(branch);
                if (t.isEmpty() && branch.enumValues() == null && branch.constValue() == null) {
                    return JSON_NODE;
                }
                types.addAll(t.isEmpty() ? shapes.typesOfValues(branch) : t);
            }
            if (types.size() == 1) {
                // branches of one kind that differ in format or bounds (a date or a time) share the kind's plain
                // type: the first branch's type would refuse the others' values
                boolean alike = resolved.stream()
                                .map(r -> r.format() + "|" + r.minimum() + "|" + r.maximum())
                                .distinct()
                                .count()
                        == 1;
                return alike
                        ? decideMerged(resolved.get(0), hint)
                        : plainType(types.iterator().next());
            }
            return scalarUnionOfTypes(schema, types, hint);
        }
        return JSON_NODE;
    }

    /**
     * A union of object branches. {@code register} memoises it as the type of {@code schema}; a mixed union
     * registers itself instead and holds this one as its object variant.
     */
    private TypeName objectUnion(
            Schema schema, List<Schema> branches, List<Schema> resolved, String hint, boolean register) {
        String discriminator = discriminator(schema, resolved);
        if (discriminator == null && !deducible(resolved)) {
            // no way to tell the branches apart for every valid instance: keep the JSON as it is
            return JSON_NODE;
        }
        ClassName name = newClass(hint, schema);
        if (register) {
            decided.put(schema.location(), name);
        }
        Map<String, String> tagsByLocation = new HashMap<>();
        schema.discriminatorMapping().forEach((tag, location) -> tagsByLocation.putIfAbsent(location, tag));
        List<Union.Variant> variants = new ArrayList<>();
        declarations.put(name, new Union(name, docs(schema), schema.location(), discriminator, List.of(), name));
        for (int i = 0; i < branches.size(); i++) {
            Schema branch = branches.get(i);
            Schema target = shapes.resolve(branch);
            String tag = null;
            if (discriminator != null) {
                tag = tagsByLocation.get(target.location());
                if (tag == null) {
                    tag = shapes.constOf(resolved.get(i), discriminator);
                }
                if (tag == null) {
                    tag = componentNames.get(target.location());
                }
                if (tag == null) {
                    throw new CodegenException(branch.location(), "no value for discriminator " + discriminator);
                }
            }
            String variantHint = componentNames.containsKey(target.location())
                    ? componentNames.get(target.location())
                    : name.simpleName()
                            + (tag != null ? Identifiers.className(tag, "Option" + (i + 1)) : "Option" + (i + 1));
            narrowIfInline(branch);
            TypeName variant = objectView(typeOf(branch, variantHint));
            if (!(variant instanceof ClassName variantClass)
                    || !(declarations.get(variantClass) instanceof ObjectBuilder b)) {
                throw new CodegenException(branch.location(), "union branch is not an object type");
            }
            b.interfaces.add(name);
            variants.add(new Union.Variant(variantClass, tag));
        }
        ClassName fallback = ClassName.get(packageName, classNames.allocate(name.simpleName() + "Unknown"));
        ObjectBuilder unknown = new ObjectBuilder(
                fallback,
                new Docs(
                        null,
                        "A variant of " + name.simpleName() + " that this schema version does not declare; "
                                + "its properties are kept as they are.",
                        false),
                schema.location());
        unknown.additional = JSON_NODE;
        unknown.interfaces.add(name);
        declarations.put(fallback, unknown);
        declarations.put(name, new Union(name, docs(schema), schema.location(), discriminator, variants, fallback));
        return name;
    }

    /** Whether every object branch becomes a class of its own (not a {@code Map}), one that can implement a union. */
    private boolean allDeclareClasses(List<Schema> branches, List<Schema> resolved) {
        for (int i = 0; i < branches.size(); i++) {
            Schema r = resolved.get(i);
            boolean component =
                    componentNames.containsKey(shapes.resolve(branches.get(i)).location());
            if (r.properties().isEmpty() && r.additionalProperties() != Schema.Additional.CLOSED && !component) {
                return false;
            }
        }
        return true;
    }

    /**
     * The JSON kinds a union branch admits: its types, the kinds of its enum or constant values, object for
     * a schema with properties; empty when it admits any value.
     */
    private Set<InstanceType> kindsOf(Schema resolved) {
        Set<InstanceType> types = shapes.nonNullTypes(resolved);
        if (!types.isEmpty()) {
            return types;
        }
        if (resolved.enumValues() != null || resolved.constValue() != null) {
            return shapes.typesOfValues(resolved);
        }
        if (shapes.isObject(resolved)) {
            return EnumSet.of(InstanceType.OBJECT);
        }
        return EnumSet.noneOf(InstanceType.class);
    }

    /**
     * {@code oneOf}/{@code anyOf} whose branches are of mixed JSON kinds (ADR 0023): one variant per kind,
     * chosen by the JSON token. Branches sharing a kind share its variant: objects as a union of their own
     * when told apart, otherwise the kind's plain type (objects and arrays as JSON), so every instance reads.
     */
    private TypeName mixedUnion(Schema schema, List<Schema> branches, List<Schema> resolved, String hint) {
        Map<InstanceType, List<Integer>> byKind = new EnumMap<>(InstanceType.class);
        for (int i = 0; i < resolved.size(); i++) {
            Set<InstanceType> kinds = kindsOf(resolved.get(i));
            if (kinds.isEmpty()) {
                // a branch that admits any value: nothing narrower than JSON reads every instance
                return JSON_NODE;
            }
            for (InstanceType kind : kinds) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(i);
            }
        }
        ClassName name = newClass(hint, schema);
        decided.put(schema.location(), name);
        declarations.put(name, new ScalarUnion(name, docs(schema), schema.location(), List.of()));
        List<ScalarVariant> variants = new ArrayList<>();
        for (Map.Entry<InstanceType, List<Integer>> e : byKind.entrySet()) {
            InstanceType kind = e.getKey();
            List<Integer> at = e.getValue();
            String kindName = kind.keyword().substring(0, 1).toUpperCase(Locale.ROOT)
                    + kind.keyword().substring(1);
            TypeName type;
            if (at.size() == 1 && kindsOf(resolved.get(at.get(0))).size() == 1) {
                narrowIfInline(branches.get(at.get(0)));
                TypeName single = typeOf(branches.get(at.get(0)), name.simpleName() + kindName)
                        .box();
                type = kind == InstanceType.OBJECT ? objectView(single) : single;
            } else if (kind == InstanceType.OBJECT) {
                List<Schema> objects = at.stream().map(branches::get).toList();
                List<Schema> objectsResolved = at.stream().map(resolved::get).toList();
                type = at.stream().allMatch(i -> kindsOf(resolved.get(i)).size() == 1)
                                && allDeclareClasses(objects, objectsResolved)
                        ? objectUnion(schema, objects, objectsResolved, name.simpleName() + kindName, false)
                        : JSON_NODE;
            } else {
                type = plainType(kind);
            }
            variants.add(new ScalarVariant("Of" + kindName, Kind.valueOf(kind.name()), type));
        }
        declarations.put(name, new ScalarUnion(name, docs(schema), schema.location(), variants));
        return name;
    }

    /** The type of a kind's variant when several branches, or a branch of several kinds, share it. */
    private TypeName plainType(InstanceType kind) {
        return switch (kind) {
            case STRING -> STRING;
            case BOOLEAN -> ClassName.get(Boolean.class);
            case INTEGER -> BIG_INTEGER;
            case NUMBER -> scalars.numberType().box();
            case ARRAY -> ParameterizedTypeName.get(LIST, JSON_NODE);
            case OBJECT, NULL -> JSON_NODE;
        };
    }

    /**
     * Whether Jackson's deduction picks the right branch for every valid instance: each branch requires
     * a property that no other branch declares, and no branch accepts undeclared properties that could
     * be mistaken for another branch's.
     */
    private static boolean deducible(List<Schema> branches) {
        for (int i = 0; i < branches.size(); i++) {
            Schema branch = branches.get(i);
            if (branch.additionalProperties() != Schema.Additional.CLOSED) {
                return false;
            }
            boolean unique = false;
            for (String required : branch.required()) {
                if (!branch.properties().containsKey(required)) {
                    continue;
                }
                boolean elsewhere = false;
                for (int j = 0; j < branches.size(); j++) {
                    elsewhere |= j != i && branches.get(j).properties().containsKey(required);
                }
                unique |= !elsewhere;
            }
            if (!unique) {
                return false;
            }
        }
        return true;
    }

    /** The discriminating property: OpenAPI's, else one with a distinct constant in every branch. */
    private String discriminator(Schema schema, List<Schema> resolved) {
        if (schema.discriminator() != null) {
            return schema.discriminator();
        }
        for (String property : resolved.get(0).properties().keySet()) {
            Set<String> values = new LinkedHashSet<>();
            boolean all = true;
            for (Schema branch : resolved) {
                String value = shapes.constOf(branch, property);
                if (value == null || !branch.required().contains(property) || !values.add(value)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return property;
            }
        }
        return null;
    }

    private TypeName scalarUnionOfTypes(Schema schema, Set<InstanceType> types, String hint) {
        if (types.contains(InstanceType.OBJECT)) {
            return JSON_NODE;
        }
        ClassName name = newClass(hint, schema);
        List<ScalarVariant> variants = new ArrayList<>();
        for (InstanceType type : types) {
            switch (type) {
                case STRING -> variants.add(new ScalarVariant("OfString", Kind.STRING, STRING));
                case BOOLEAN ->
                    variants.add(new ScalarVariant("OfBoolean", Kind.BOOLEAN, ClassName.get(Boolean.class)));
                case INTEGER -> variants.add(new ScalarVariant("OfInteger", Kind.INTEGER, BIG_INTEGER));
                case NUMBER -> variants.add(new ScalarVariant("OfNumber", Kind.NUMBER, BIG_DECIMAL));
                case ARRAY -> variants.add(new ScalarVariant("OfJson", Kind.OTHER, JSON_NODE));
                default -> {}
            }
        }
        declarations.put(name, new ScalarUnion(name, docs(schema), schema.location(), variants));
        return name;
    }

    private ClassName newClass(String hint, Schema schema) {
        boolean awsComponent = options.layout() == GeneratorOptions.Layout.EVENTBRIDGE
                && hint != null
                && hint.equals(componentNames.get(schema.location()));
        String candidate =
                awsComponent ? Identifiers.awsClassName(hint) : Identifiers.className(hint == null ? "" : hint, "Type");
        if (classNames.isTaken(candidate) && !parents.isEmpty() && !componentNames.containsKey(schema.location())) {
            String qualified = Identifiers.className(parents.peek() + candidate, "Type");
            if (!classNames.isTaken(qualified)) {
                candidate = qualified;
            }
        }
        return ClassName.get(packageName, classNames.allocate(candidate));
    }

    /** A property's docs; a constant value is stated, since the type alone does not say it. */
    private Docs propertyDocs(Schema schema) {
        Docs docs = docs(schema);
        JsonNode constant = shapes.resolve(schema).constValue();
        if (constant == null) {
            return docs;
        }
        String always = "Always " + constant + ".";
        return new Docs(
                docs.title(),
                docs.description() == null ? always : docs.description() + " " + always,
                docs.deprecated());
    }

    private static Docs docs(Schema schema) {
        return new Docs(schema.title(), schema.description(), schema.deprecated());
    }

    /** An object type under construction: unions add their interface after the variant is planned. */
    private static final class ObjectBuilder {
        final ClassName name;
        final Docs docs;
        final String location;
        final List<Property> properties = new ArrayList<>();
        final Set<ClassName> interfaces = new LinkedHashSet<>();
        TypeName additional;
        String additionalName = "additionalProperties";
        boolean tuple;

        ObjectBuilder(ClassName name, Docs docs, String location) {
            this.name = name;
            this.docs = docs;
            this.location = location;
        }

        ObjectType build() {
            return new ObjectType(
                    name, docs, location, properties, additional, additionalName, List.copyOf(interfaces), tuple);
        }
    }
}
