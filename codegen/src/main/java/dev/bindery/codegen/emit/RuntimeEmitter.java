package dev.bindery.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.bindery.codegen.plan.Declaration.ObjectType;
import dev.bindery.codegen.plan.Docs;
import dev.bindery.codegen.plan.Presence;
import dev.bindery.codegen.plan.Property;
import java.io.IOException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the runtime pieces every binding carries: the generic event envelope (AWSEvent<T> or
 * EventEnvelope<T>) and the Marshaller with a Jackson mapper configured for the
 * lossless contract (unknown properties tolerated, ISO-8601 dates kept with their offsets, exact
 * decimals).
 */
final class RuntimeEmitter {
    private static final TypeVariableName T = TypeVariableName.get("T");
    private static final ClassName CONCURRENT_HASH_MAP = ClassName.get("java.util.concurrent", "ConcurrentHashMap");

    private RuntimeEmitter() {}

    static TypeSpec envelope(ClassName name, EmitContext ctx, boolean bean) {
        List<Property> properties = List.of(
                property("version", "version", Jackson.STRING, "The envelope version, 0."),
                property("id", "id", Jackson.STRING, "The event's unique id."),
                property("detail-type", "detailType", Jackson.STRING, "What happened, e.g. Order Created."),
                property("source", "source", Jackson.STRING, "Who published the event."),
                property("account", "account", Jackson.STRING, "The account the event came from."),
                property("time", "time", ClassName.get("java.time", "OffsetDateTime"), "When the event happened."),
                property("region", "region", Jackson.STRING, "The region the event came from."),
                property(
                        "resources",
                        "resources",
                        ParameterizedTypeName.get(Jackson.LIST, Jackson.STRING),
                        "The resources the event is about."),
                property("detail", "detail", T, "The event's payload."));
        ObjectType type = new ObjectType(
                name,
                new Docs("The event envelope, generic in the type T of its detail.", null, false),
                null,
                properties,
                Jackson.JSON_NODE,
                "additionalProperties",
                List.of(),
                false);
        if (bean) {
            return BeanEmitter.emit(type, List.of(T), ctx, false);
        }
        return RecordEmitter.emit(type, List.of(T), ctx);
    }

    private static Property property(String json, String java, TypeName type, String doc) {
        return new Property(json, java, type, Presence.OPTIONAL, new Docs(null, doc, false), null);
    }

    static TypeSpec marshaller(ClassName name, ClassName envelope, EmitContext ctx) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(ctx.typeJavadoc(
                        new Docs(
                                "Reads and writes events as JSON.",
                                "Unknown properties are "
                                        + "tolerated and kept by open types; dates are written as ISO-8601 strings with their offsets; "
                                        + "numbers keep their exact decimal value.",
                                false),
                        null));
        ctx.markGenerated(type, null);
        type.addField(
                FieldSpec.builder(Jackson.OBJECT_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("createObjectMapper()")
                        .build());
        type.addField(cache("READERS", Jackson.OBJECT_READER));
        type.addField(cache("EVENT_READERS", Jackson.OBJECT_READER));
        type.addField(cache("WRITERS", Jackson.OBJECT_WRITER));
        type.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(MethodSpec.methodBuilder("marshal")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Writes {@code value} as JSON to {@code output}.\n")
                .addTypeVariable(T)
                .addParameter(ClassName.get("java.io", "OutputStream"), "output")
                .addParameter(T, "value")
                .addException(IOException.class)
                .addCode("""
                        if (value == null) {
                            MAPPER.writeValue(output, null);
                        } else {
                            WRITERS.computeIfAbsent(value.getClass(), MAPPER::writerFor).writeValue(output, value);
                        }
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("unmarshal")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Reads a {@code type} from JSON.\n")
                .addTypeVariable(T)
                .returns(T)
                .addParameter(ClassName.get("java.io", "InputStream"), "input")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), T), "type")
                .addException(IOException.class)
                .addStatement("return READERS.computeIfAbsent(type, MAPPER::readerFor).readValue(input)")
                .build());
        TypeName envelopeOfT = ParameterizedTypeName.get(envelope, T);
        type.addMethod(MethodSpec.methodBuilder("unmarshalEvent")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Reads an event envelope whose detail is a {@code type}.\n")
                .addTypeVariable(T)
                .returns(envelopeOfT)
                .addParameter(ClassName.get("java.io", "InputStream"), "input")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), T), "type")
                .addException(IOException.class)
                .addStatement(
                        "return EVENT_READERS.computeIfAbsent(type, t -> MAPPER.readerFor($W"
                                + "MAPPER.getTypeFactory().constructParametricType($T.class, t))).readValue(input)",
                        envelope)
                .build());
        MethodSpec.Builder create = MethodSpec.methodBuilder("createObjectMapper")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Jackson.OBJECT_MAPPER)
                .addStatement("$T mapper = new $T()", Jackson.OBJECT_MAPPER, Jackson.OBJECT_MAPPER)
                .addStatement("mapper.registerModule(new $T())", Jackson.JAVA_TIME_MODULE);
        if (ctx.plan().usesOptional()) {
            create.addStatement("mapper.registerModule(new $T().configureReadAbsentAsNull(true))", Jackson.JDK8_MODULE);
        }
        create.addStatement(DateTimeEmitter.register());
        create.addStatement("mapper.disable($T.FAIL_ON_UNKNOWN_PROPERTIES)", Jackson.DESERIALIZATION_FEATURE)
                .addStatement("mapper.disable($T.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)", Jackson.DESERIALIZATION_FEATURE)
                .addStatement("mapper.enable($T.USE_BIG_DECIMAL_FOR_FLOATS)", Jackson.DESERIALIZATION_FEATURE)
                .addStatement("mapper.disable($T.WRITE_DATES_AS_TIMESTAMPS)", Jackson.SERIALIZATION_FEATURE)
                .addStatement("return mapper");
        type.addMethod(create.build());
        DateTimeEmitter.addTo(type);
        return type.build();
    }

    /**
     * A per-class cache of readers or writers: each prefetches its root (de)serializer once, so a call
     * neither builds a type nor looks one up in the mapper's caches.
     */
    private static FieldSpec cache(String name, ClassName valueType) {
        TypeName anyClass =
                ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
        return FieldSpec.builder(
                        ParameterizedTypeName.get(Jackson.MAP, anyClass, valueType),
                        name,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("new $T<>()", CONCURRENT_HASH_MAP)
                .build();
    }
}
