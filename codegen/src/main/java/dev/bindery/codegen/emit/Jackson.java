package dev.bindery.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.bindery.codegen.plan.Property;
import java.util.List;

/** Names of the Jackson and JDK types that generated code uses, and the annotations shared by emitters. */
final class Jackson {
    static final String ANNOTATION = "com.fasterxml.jackson.annotation";
    static final ClassName JSON_PROPERTY = ClassName.get(ANNOTATION, "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get(ANNOTATION, "JsonInclude");
    static final ClassName JSON_INCLUDE_INCLUDE = JSON_INCLUDE.nestedClass("Include");
    static final ClassName JSON_ANY_GETTER = ClassName.get(ANNOTATION, "JsonAnyGetter");
    static final ClassName JSON_ANY_SETTER = ClassName.get(ANNOTATION, "JsonAnySetter");
    static final ClassName JSON_IGNORE = ClassName.get(ANNOTATION, "JsonIgnore");
    static final ClassName JSON_CREATOR = ClassName.get(ANNOTATION, "JsonCreator");
    static final ClassName JSON_CREATOR_MODE = JSON_CREATOR.nestedClass("Mode");
    static final ClassName JSON_VALUE = ClassName.get(ANNOTATION, "JsonValue");
    static final ClassName JSON_AUTO_DETECT = ClassName.get(ANNOTATION, "JsonAutoDetect");
    static final ClassName VISIBILITY = JSON_AUTO_DETECT.nestedClass("Visibility");
    static final ClassName JSON_TYPE_INFO = ClassName.get(ANNOTATION, "JsonTypeInfo");
    static final ClassName JSON_SUB_TYPES = ClassName.get(ANNOTATION, "JsonSubTypes");
    static final ClassName JSON_PROPERTY_ORDER = ClassName.get(ANNOTATION, "JsonPropertyOrder");
    static final ClassName JSON_FORMAT = ClassName.get(ANNOTATION, "JsonFormat");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
    static final ClassName OBJECT_READER = ClassName.get("com.fasterxml.jackson.databind", "ObjectReader");
    static final ClassName OBJECT_WRITER = ClassName.get("com.fasterxml.jackson.databind", "ObjectWriter");
    static final ClassName DESERIALIZATION_FEATURE =
            ClassName.get("com.fasterxml.jackson.databind", "DeserializationFeature");
    static final ClassName SERIALIZATION_FEATURE =
            ClassName.get("com.fasterxml.jackson.databind", "SerializationFeature");
    static final ClassName JSON_NODE_FACTORY = ClassName.get("com.fasterxml.jackson.databind.node", "JsonNodeFactory");
    static final ClassName JAVA_TIME_MODULE = ClassName.get("com.fasterxml.jackson.datatype.jsr310", "JavaTimeModule");
    static final ClassName JDK8_MODULE = ClassName.get("com.fasterxml.jackson.datatype.jdk8", "Jdk8Module");

    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName STRING = ClassName.get("java.lang", "String");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    static final AnnotationSpec SUPPRESS_UNCHECKED = AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "unchecked")
            .build();

    private Jackson() {}

    /** For a tuple: {@code @JsonFormat(shape = ARRAY)} and the element order. */
    static void tupleAnnotations(TypeSpec.Builder type, List<Property> elements) {
        type.addAnnotation(AnnotationSpec.builder(JSON_FORMAT)
                .addMember("shape", "$T.Shape.ARRAY", JSON_FORMAT)
                .build());
        AnnotationSpec.Builder order = AnnotationSpec.builder(JSON_PROPERTY_ORDER);
        for (Property p : elements) {
            order.addMember("value", "$S", p.jsonName());
        }
        type.addAnnotation(order.build());
    }
}
