package dev.bindery.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the Marshaller's nested classes that read and write {@code OffsetDateTime} in the common ISO-8601
 * form ({@code 2024-05-01T12:30:00.123Z}, {@code +02:00} offsets) without {@code DateTimeFormatter}, which
 * dominated marshalling time. Every other input, and every property with a {@code @JsonFormat}, goes to the
 * {@code JavaTimeModule}'s own (de)serializer, so behaviour is unchanged: values equal,
 * output text identical to {@code ISO_OFFSET_DATE_TIME}.
 */
final class DateTimeEmitter {
    private static final String DATABIND = "com.fasterxml.jackson.databind";
    private static final ClassName OFFSET_DATE_TIME = ClassName.get("java.time", "OffsetDateTime");
    private static final ClassName ZONE_OFFSET = ClassName.get("java.time", "ZoneOffset");
    private static final ClassName DATE_TIME_EXCEPTION = ClassName.get("java.time", "DateTimeException");
    private static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    private static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
    private static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    private static final ClassName JSON_DESERIALIZER = ClassName.get(DATABIND, "JsonDeserializer");
    private static final ClassName JSON_SERIALIZER = ClassName.get(DATABIND, "JsonSerializer");
    private static final ClassName CONTEXT = ClassName.get(DATABIND, "DeserializationContext");
    private static final ClassName PROVIDER = ClassName.get(DATABIND, "SerializerProvider");
    private static final ClassName BEAN_PROPERTY = ClassName.get(DATABIND, "BeanProperty");
    private static final ClassName MAPPING_EXCEPTION = ClassName.get(DATABIND, "JsonMappingException");
    private static final ClassName MAPPER_CONFIG = ClassName.get(DATABIND + ".cfg", "MapperConfig");
    private static final ClassName TYPE_DESERIALIZER = ClassName.get(DATABIND + ".jsontype", "TypeDeserializer");
    private static final ClassName TYPE_SERIALIZER = ClassName.get(DATABIND + ".jsontype", "TypeSerializer");
    private static final ClassName CONTEXTUAL_DESERIALIZER =
            ClassName.get(DATABIND + ".deser", "ContextualDeserializer");
    private static final ClassName CONTEXTUAL_SERIALIZER = ClassName.get(DATABIND + ".ser", "ContextualSerializer");
    private static final ClassName INSTANT_DESERIALIZER =
            ClassName.get("com.fasterxml.jackson.datatype.jsr310.deser", "InstantDeserializer");
    private static final ClassName OFFSET_DATE_TIME_SERIALIZER =
            ClassName.get("com.fasterxml.jackson.datatype.jsr310.ser", "OffsetDateTimeSerializer");
    private static final ClassName SIMPLE_MODULE = ClassName.get(DATABIND + ".module", "SimpleModule");
    private static final TypeName ANY_DESERIALIZER =
            ParameterizedTypeName.get(JSON_DESERIALIZER, WildcardTypeName.subtypeOf(Object.class));
    private static final TypeName ANY_SERIALIZER =
            ParameterizedTypeName.get(JSON_SERIALIZER, WildcardTypeName.subtypeOf(Object.class));
    private static final TypeName DESERIALIZER = ParameterizedTypeName.get(JSON_DESERIALIZER, OFFSET_DATE_TIME);
    private static final TypeName SERIALIZER = ParameterizedTypeName.get(JSON_SERIALIZER, OFFSET_DATE_TIME);
    private static final TypeName OBJECT_SERIALIZER = ParameterizedTypeName.get(JSON_SERIALIZER, ClassName.OBJECT);

    private DateTimeEmitter() {}

    /** The statement registering the wrappers over the JavaTimeModule's own (de)serializer, for {@code createObjectMapper}. */
    static CodeBlock register() {
        return CodeBlock.of(
                "mapper.registerModule(new $T()$W.addDeserializer($T.class, new DateTimeDeserializer($T.OFFSET_DATE_TIME))"
                        + "$W.addSerializer($T.class, new DateTimeSerializer($T.INSTANCE)))",
                SIMPLE_MODULE,
                OFFSET_DATE_TIME,
                INSTANT_DESERIALIZER,
                OFFSET_DATE_TIME,
                OFFSET_DATE_TIME_SERIALIZER);
    }

    /** The same for every binding, so built once. */
    private static final List<MethodSpec> METHODS = methods();

    private static final List<TypeSpec> TYPES = List.of(deserializer(), serializer());

    /** The helper methods and the two wrappers. */
    static void addTo(TypeSpec.Builder marshaller) {
        marshaller.addMethods(METHODS);
        marshaller.addTypes(TYPES);
    }

    private static List<MethodSpec> methods() {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(MethodSpec.methodBuilder("isPlain")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                        "Whether {@code property} has no {@code @JsonFormat} that the standard (de)serializer must apply.\n")
                .returns(boolean.class)
                .addParameter(
                        ParameterizedTypeName.get(MAPPER_CONFIG, WildcardTypeName.subtypeOf(Object.class)), "config")
                .addParameter(BEAN_PROPERTY, "property")
                .addStatement(
                        "return property == null || property.findPropertyFormat(config, $T.class).equals($T.Value.empty())",
                        OFFSET_DATE_TIME,
                        Jackson.JSON_FORMAT)
                .build());
        methods.add(MethodSpec.methodBuilder("parse")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                        "{@code text} as {@code uuuu-MM-ddTHH:mm:ss[.S...](Z|+HH:mm|-HH:mm)}, or {@code null} for any other form.\n")
                .returns(OFFSET_DATE_TIME)
                .addParameter(String.class, "text")
                .addCode("""
                        int n = text.length();
                        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                                || text.charAt(13) != ':' || text.charAt(16) != ':') {
                            return null;
                        }
                        int year = digits(text, 0, 4);
                        int month = digits(text, 5, 2);
                        int day = digits(text, 8, 2);
                        int hour = digits(text, 11, 2);
                        int minute = digits(text, 14, 2);
                        int second = digits(text, 17, 2);
                        int i = 19;
                        int nano = 0;
                        if (text.charAt(i) == '.') {
                            int start = ++i;
                            while (i < n && i - start < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                                nano = nano * 10 + text.charAt(i++) - '0';
                            }
                            if (i == start) {
                                return null;
                            }
                            for (int k = i - start; k < 9; k++) {
                                nano *= 10;
                            }
                        }
                        int offsetSeconds = 0;
                        if (i == n - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
                            int hours = digits(text, i + 1, 2);
                            int minutes = digits(text, i + 4, 2);
                            if (hours < 0 || minutes < 0 || minutes > 59) {
                                return null;
                            }
                            offsetSeconds = (text.charAt(i) == '-' ? -60 : 60) * (hours * 60 + minutes);
                        } else if (i != n - 1 || text.charAt(i) != 'Z') {
                            return null;
                        }
                        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
                            return null;
                        }
                        try {
                            return $T.of(year, month, day, hour, minute, second, nano, $T.ofTotalSeconds(offsetSeconds));
                        } catch ($T e) {
                            return null;
                        }
                        """, OFFSET_DATE_TIME, ZONE_OFFSET, DATE_TIME_EXCEPTION)
                .build());
        methods.add(MethodSpec.methodBuilder("digits")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                        "The decimal number in {@code text} at {@code start}, or -1 when a character is not a digit.\n")
                .returns(int.class)
                .addParameter(String.class, "text")
                .addParameter(int.class, "start")
                .addParameter(int.class, "count")
                .addCode("""
                        int value = 0;
                        for (int i = start; i < start + count; i++) {
                            char c = text.charAt(i);
                            if (c < '0' || c > '9') {
                                return -1;
                            }
                            value = value * 10 + c - '0';
                        }
                        return value;
                        """)
                .build());
        methods.add(MethodSpec.methodBuilder("format")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                        "Writes {@code value} as {@code ISO_OFFSET_DATE_TIME} would; {@code false} for years beyond\n"
                                + "0000 to 9999 and offsets with seconds, which are left to it.\n")
                .returns(boolean.class)
                .addParameter(OFFSET_DATE_TIME, "value")
                .addParameter(JSON_GENERATOR, "generator")
                .addException(IOException.class)
                .addCode("""
                        int year = value.getYear();
                        int offset = value.getOffset().getTotalSeconds();
                        if (year < 0 || year > 9999 || offset % 60 != 0) {
                            return false;
                        }
                        char[] c = new char[35];
                        int n = put(c, 0, year, 4);
                        c[n++] = '-';
                        n = put(c, n, value.getMonthValue(), 2);
                        c[n++] = '-';
                        n = put(c, n, value.getDayOfMonth(), 2);
                        c[n++] = 'T';
                        n = put(c, n, value.getHour(), 2);
                        c[n++] = ':';
                        n = put(c, n, value.getMinute(), 2);
                        c[n++] = ':';
                        n = put(c, n, value.getSecond(), 2);
                        int nano = value.getNano();
                        if (nano != 0) {
                            int width = 9;
                            while (nano % 10 == 0) {
                                nano /= 10;
                                width--;
                            }
                            c[n++] = '.';
                            n = put(c, n, nano, width);
                        }
                        if (offset == 0) {
                            c[n++] = 'Z';
                        } else {
                            c[n++] = offset < 0 ? '-' : '+';
                            int minutes = Math.abs(offset) / 60;
                            n = put(c, n, minutes / 60, 2);
                            c[n++] = ':';
                            n = put(c, n, minutes % 60, 2);
                        }
                        generator.writeString(c, 0, n);
                        return true;
                        """)
                .build());
        methods.add(MethodSpec.methodBuilder("put")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                        "Puts {@code value} as {@code width} digits, zero-padded, at {@code start}; returns the end.\n")
                .returns(int.class)
                .addParameter(char[].class, "c")
                .addParameter(int.class, "start")
                .addParameter(int.class, "value")
                .addParameter(int.class, "width")
                .addCode("""
                        int rest = value;
                        for (int i = start + width - 1; i >= start; i--) {
                            c[i] = (char) ('0' + rest % 10);
                            rest /= 10;
                        }
                        return start + width;
                        """)
                .build());
        return List.copyOf(methods);
    }

    private static TypeSpec deserializer() {
        return TypeSpec.classBuilder("DateTimeDeserializer")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Parses the common form itself; hands everything else to the standard deserializer.\n")
                .superclass(DESERIALIZER)
                .addSuperinterface(CONTEXTUAL_DESERIALIZER)
                .addField(ANY_DESERIALIZER, "standard", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(ANY_DESERIALIZER, "standard")
                        .addStatement("this.standard = standard")
                        .build())
                .addMethod(MethodSpec.methodBuilder("createContextual")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ANY_DESERIALIZER)
                        .addParameter(CONTEXT, "context")
                        .addParameter(BEAN_PROPERTY, "property")
                        .addException(MAPPING_EXCEPTION)
                        .addStatement(
                                "$T contextual = context.handleSecondaryContextualization(standard, property,$W"
                                        + "context.constructType($T.class))",
                                ANY_DESERIALIZER,
                                OFFSET_DATE_TIME)
                        .addStatement(
                                "return isPlain(context.getConfig(), property) ? new DateTimeDeserializer(contextual)"
                                        + "$W: contextual")
                        .build())
                .addMethod(MethodSpec.methodBuilder("deserialize")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(OFFSET_DATE_TIME)
                        .addParameter(JSON_PARSER, "parser")
                        .addParameter(CONTEXT, "context")
                        .addException(IOException.class)
                        .addCode("""
                                if (parser.hasToken($T.VALUE_STRING)) {
                                    $T value = parse(parser.getText());
                                    if (value != null) {
                                        return value;
                                    }
                                }
                                return ($T) standard.deserialize(parser, context);
                                """, JSON_TOKEN, OFFSET_DATE_TIME, OFFSET_DATE_TIME)
                        .build())
                .addMethod(MethodSpec.methodBuilder("deserializeWithType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(Object.class)
                        .addParameter(JSON_PARSER, "parser")
                        .addParameter(CONTEXT, "context")
                        .addParameter(TYPE_DESERIALIZER, "typeDeserializer")
                        .addException(IOException.class)
                        .addStatement("return standard.deserializeWithType(parser, context, typeDeserializer)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("handledType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(
                                ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)))
                        .addStatement("return $T.class", OFFSET_DATE_TIME)
                        .build())
                .build();
    }

    private static TypeSpec serializer() {
        return TypeSpec.classBuilder("DateTimeSerializer")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Formats the common case itself; hands everything else to the standard serializer.\n")
                .superclass(SERIALIZER)
                .addSuperinterface(CONTEXTUAL_SERIALIZER)
                .addField(OBJECT_SERIALIZER, "standard", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(ANY_SERIALIZER, "standard")
                        .addAnnotation(Jackson.SUPPRESS_UNCHECKED)
                        .addStatement("this.standard = ($T) standard", OBJECT_SERIALIZER)
                        .build())
                .addMethod(MethodSpec.methodBuilder("createContextual")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ANY_SERIALIZER)
                        .addParameter(PROVIDER, "provider")
                        .addParameter(BEAN_PROPERTY, "property")
                        .addException(MAPPING_EXCEPTION)
                        .addStatement(
                                "$T contextual = provider.handleSecondaryContextualization(standard, property)",
                                ANY_SERIALIZER)
                        .addStatement(
                                "return isPlain(provider.getConfig(), property) ? new DateTimeSerializer(contextual)"
                                        + "$W: contextual")
                        .build())
                .addMethod(MethodSpec.methodBuilder("serialize")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(OFFSET_DATE_TIME, "value")
                        .addParameter(JSON_GENERATOR, "generator")
                        .addParameter(PROVIDER, "provider")
                        .addException(IOException.class)
                        .addCode("""
                                if (provider.isEnabled($T.WRITE_DATES_AS_TIMESTAMPS) || provider.getConfig().hasExplicitTimeZone()
                                        || !format(value, generator)) {
                                    standard.serialize(value, generator, provider);
                                }
                                """, Jackson.SERIALIZATION_FEATURE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("serializeWithType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(OFFSET_DATE_TIME, "value")
                        .addParameter(JSON_GENERATOR, "generator")
                        .addParameter(PROVIDER, "provider")
                        .addParameter(TYPE_SERIALIZER, "typeSerializer")
                        .addException(IOException.class)
                        .addStatement("standard.serializeWithType(value, generator, provider, typeSerializer)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("handledType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), OFFSET_DATE_TIME))
                        .addStatement("return $T.class", OFFSET_DATE_TIME)
                        .build())
                .build();
    }
}
