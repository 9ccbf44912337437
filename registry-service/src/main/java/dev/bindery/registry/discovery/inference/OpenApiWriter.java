package dev.bindery.registry.discovery.inference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link ShapeSnapshot} as an OpenAPI 3.0 document in EventBridge's discovered-schema layout:
 * {@code openapi, info {version, title}, paths {}, components.schemas}, the envelope as {@code AWSEvent} with
 * {@code x-amazon-events-detail-type} and {@code x-amazon-events-source}, {@code detail} as a component named
 * after the detail type (which is also {@code info.title}), every other object with properties as a component.
 * Bare samples get one root component {@code Event}.
 *
 * <p>Type mapping: several JSON types → {@code anyOf} (integer and number merge into number); null → {@code
 * nullable: true} on the first branch, next to its {@code type} as OpenAPI 3.0.3 requires — for an object that is
 * inside its component, which is referenced from that one position only; only ever null → {@code {}}; integer → {@code integer/int64} ({@code integer} alone past int64); fractional →
 * {@code number/double} ({@code number} alone once a value is out of range). {@code required} is sorted and left
 * out when empty; types are from the draft-04 set. Keys come out in a fixed order.
 */
final class OpenApiWriter {

    static final String ROOT_COMPONENT = "AWSEvent";
    static final String SAMPLE_COMPONENT = "Event";
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The nesting level of a component's schema: document, components, schemas, the component. */
    private static final int COMPONENT_LEVEL = 4;
    /** Levels a schema object needs below itself for its own keywords: an enum array and its values. */
    private static final int KEYWORD_LEVELS = 2;

    private final ComponentNames names = new ComponentNames();
    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final int maxDepth;

    private OpenApiWriter(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /**
     * The document, nested at most {@code maxDepth} levels (objects, arrays and scalars each count one, as
     * the registry's content limit counts them): a position too deep to describe within that is written as
     * {@code {}}, any value, as positions beyond the inference depth are.
     */
    static ObjectNode write(ShapeSnapshot snapshot, int maxDepth) {
        if (maxDepth < COMPONENT_LEVEL + KEYWORD_LEVELS) {
            throw new IllegalArgumentException("maxDepth " + maxDepth + " leaves no room for a component");
        }
        return new OpenApiWriter(maxDepth).document(snapshot);
    }

    private ObjectNode document(ShapeSnapshot snapshot) {
        boolean envelope = snapshot.source() != null;
        String rootName = names.reserve(envelope ? ROOT_COMPONENT : SAMPLE_COMPONENT);
        String detailName = envelope ? names.reserve(SchemaNames.detailComponentName(snapshot.detailType())) : null;
        ShapeNode root = snapshot.root();

        ObjectNode rootSchema;
        if (root.objects > 0 && root.count() == root.objects) {
            rootSchema = NODES.objectNode();
            fillObject(rootSchema, root, rootName, false, detailName, envelope ? snapshot : null, COMPONENT_LEVEL);
        } else {
            rootSchema = schema(root, null, false, rootName, rootName, null, COMPONENT_LEVEL);
        }

        ObjectNode doc = NODES.objectNode();
        doc.put("openapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("version", "1.0.0");
        info.put("title", envelope ? detailName : rootName);
        doc.putObject("paths");
        ObjectNode schemas = doc.putObject("components").putObject("schemas");
        schemas.set(rootName, rootSchema);
        if (detailName != null && components.containsKey(detailName)) {
            schemas.set(detailName, components.remove(detailName));
        }
        components.forEach(schemas::set);
        return doc;
    }

    /**
     * The schema for a position, by the JSON types observed there; {@code field} is the property it belongs to
     * (for items and map values, the array's or map's; {@code null} at the root), {@code element} whether the
     * position is an array's items, {@code level} is where it is written.
     */
    private ObjectNode schema(
            ShapeNode n, String field, boolean element, String hint, String owner, String fixedName, int level) {
        int kinds = (n.objects > 0 ? 1 : 0)
                + (n.arrays > 0 ? 1 : 0)
                + (n.strings > 0 ? 1 : 0)
                + (n.integers + n.numbers > 0 ? 1 : 0)
                + (n.booleans > 0 ? 1 : 0);
        int branchLevel = kinds > 1 ? level + 2 : level; // anyOf, its array, then the branches
        if (branchLevel + KEYWORD_LEVELS > maxDepth) {
            return NODES.objectNode();
        }
        // nullable goes on the first branch: OpenAPI 3.0.3 only honours it next to "type" in the same schema
        boolean nullable = n.nulls > 0;
        List<ObjectNode> branches = new ArrayList<>(2);
        if (n.objects > 0) {
            branches.add(objectSchema(n, field, element, hint, owner, fixedName, nullable, branchLevel));
            nullable = false;
        }
        if (n.arrays > 0) {
            branches.add(nullable(arraySchema(n, field, hint, owner, branchLevel), nullable));
            nullable = false;
        }
        if (n.strings > 0) {
            branches.add(stringSchema(n, field, nullable));
            nullable = false;
        }
        if (n.integers + n.numbers > 0) {
            branches.add(nullable(numberSchema(n), nullable));
            nullable = false;
        }
        if (n.booleans > 0) {
            branches.add(nullable(type("boolean"), nullable));
        }
        if (branches.isEmpty()) {
            return NODES.objectNode();
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        ObjectNode out = NODES.objectNode();
        out.putArray("anyOf").addAll(branches);
        return out;
    }

    private static ObjectNode nullable(ObjectNode schema, boolean nullable) {
        if (nullable) {
            schema.put("nullable", true);
        }
        return schema;
    }

    /** An object position: a map, a bare object, or a reference to a component (nullable inside the component). */
    private ObjectNode objectSchema(
            ShapeNode n,
            String field,
            boolean element,
            String hint,
            String owner,
            String fixedName,
            boolean nullable,
            int level) {
        if (InferenceRules.isMap(n, field, element)) {
            ShapeNode values = n.mapValues != null ? n.mapValues : mergedValues(n);
            ObjectNode out = nullable(type("object"), nullable);
            out.set(
                    "additionalProperties",
                    schema(values, field, false, ComponentNames.fromKey(hint) + "Value", owner, null, level + 1));
            return out;
        }
        if (n.properties == null || n.properties.isEmpty()) {
            return nullable(type("object"), nullable);
        }
        String name = fixedName != null ? fixedName : names.allocate(ComponentNames.fromKey(hint), owner);
        ObjectNode component = NODES.objectNode();
        components.put(name, component);
        fillObject(component, n, name, nullable, null, null, COMPONENT_LEVEL);
        return ref(name);
    }

    /** Writes {@code type, [nullable], required, [x-amazon-…], properties} of an object component. */
    private void fillObject(
            ObjectNode out,
            ShapeNode n,
            String name,
            boolean nullable,
            String detailName,
            ShapeSnapshot envelope,
            int level) {
        out.put("type", "object");
        nullable(out, nullable);
        Map<String, ShapeNode> props = n.properties == null ? Map.of() : new TreeMap<>(n.properties);
        ArrayNode required = NODES.arrayNode();
        for (Map.Entry<String, ShapeNode> e : props.entrySet()) {
            if (e.getValue().count() >= n.objects) {
                required.add(e.getKey());
            }
        }
        if (!required.isEmpty()) {
            out.set("required", required);
        }
        if (envelope != null) {
            out.put("x-amazon-events-detail-type", envelope.detailType());
            out.put("x-amazon-events-source", envelope.source());
        }
        if (n.mapValues != null) {
            out.set("additionalProperties", schema(n.mapValues, null, false, name + "Value", name, null, level + 1));
        }
        if (!props.isEmpty()) {
            ObjectNode properties = out.putObject("properties");
            for (Map.Entry<String, ShapeNode> e : props.entrySet()) {
                String fixed = detailName != null && e.getKey().equals("detail") ? detailName : null;
                String field = envelope != null ? NameHints.envelopeHint(e.getKey()) : e.getKey();
                properties.set(e.getKey(), schema(e.getValue(), field, false, e.getKey(), name, fixed, level + 2));
            }
        }
    }

    private ObjectNode arraySchema(ShapeNode n, String field, String hint, String owner, int level) {
        ObjectNode out = type("array");
        out.set(
                "items",
                n.items == null
                        ? NODES.objectNode()
                        : schema(
                                n.items,
                                field,
                                true,
                                ComponentNames.singular(ComponentNames.fromKey(hint)),
                                owner,
                                null,
                                level + 1));
        return out;
    }

    /** A nullable enumeration lists {@code null} too: OpenAPI 3.0.3 does not let {@code nullable} override it. */
    private static ObjectNode stringSchema(ShapeNode n, String field, boolean nullable) {
        ObjectNode out = type("string");
        StringFormat format = StringFormat.first(n.formats);
        if (format != null) {
            out.put("format", format.openApiName());
        }
        nullable(out, nullable);
        if (format == null && InferenceRules.isEnum(n, field)) {
            ArrayNode values = out.putArray("enum");
            InferenceRules.enumValues(n).forEach(values::add);
            if (nullable) {
                values.addNull();
            }
        }
        return out;
    }

    private static ObjectNode numberSchema(ShapeNode n) {
        if (n.numbers > 0) {
            ObjectNode out = type("number");
            if (!n.numberBeyondDouble && !n.integerBeyondInt64) {
                out.put("format", "double");
            }
            return out;
        }
        ObjectNode out = type("integer");
        if (!n.integerBeyondInt64) {
            out.put("format", "int64");
        }
        return out;
    }

    private static ShapeNode mergedValues(ShapeNode n) {
        ShapeNode merged = new ShapeNode();
        for (ShapeNode child : n.properties.values()) {
            merged.mergeFrom(child);
        }
        return merged;
    }

    private static ObjectNode type(String type) {
        ObjectNode out = NODES.objectNode();
        out.put("type", type);
        return out;
    }

    private static ObjectNode ref(String name) {
        ObjectNode out = NODES.objectNode();
        out.put("$ref", REF_PREFIX + name);
        return out;
    }
}
