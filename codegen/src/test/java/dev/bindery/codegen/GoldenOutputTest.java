package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.codegen.GeneratorOptions.Layout;
import dev.bindery.codegen.GeneratorOptions.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden output: the exact text emitted for one schema that uses each construct, per style and layout.
 * A change here is a change to what users compile; review it as such.
 */
class GoldenOutputTest {
    static final String SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "OrderPlaced", "description": "An order was placed.",
             "type": "object", "required": ["id", "total", "status", "payment"],
             "properties": {
               "id": {"type": "string", "format": "uuid"},
               "total": {"type": "number", "description": "Gross total."},
               "items": {"type": "integer", "minimum": 0, "maximum": 1000, "default": 1},
               "status": {"enum": ["placed", "paid"]},
               "note": {"type": ["string", "null"]},
               "payment": {"oneOf": [
                 {"type": "object", "required": ["type"], "properties": {"type": {"const": "card"}, "last4": {"type": "string"}}, "additionalProperties": false},
                 {"type": "object", "required": ["type"], "properties": {"type": {"const": "cash"}}, "additionalProperties": false}]},
               "ref": {"type": ["string", "integer"]},
               "legacy": {"type": "string", "deprecated": true},
               "position": {"type": "array", "prefixItems": [{"type": "number"}, {"type": "number"}], "minItems": 2, "items": false},
               "labels": {"type": "object", "additionalProperties": {"type": "string"}},
               "customer": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "placedAt": {"type": "string", "format": "date-time"}}, "additionalProperties": {"type": "integer"}}
             },
             "additionalProperties": false}
            """;

    static String file(Style style, Layout layout, String path) {
        GeneratorOptions options = GeneratorOptions.defaults()
                .withStyle(style)
                .withLayout(layout)
                .withSchemaName("acme.orders@OrderPlaced")
                .withSchemaVersion("3");
        if (layout == Layout.BINDERY) {
            options = options.withPackageName("com.acme.orders");
        }
        List<GeneratedFile> files;
        try {
            Path dir = Files.createTempDirectory("golden");
            Files.writeString(dir.resolve("order.json"), SCHEMA);
            files = Generator.generate(dir.resolve("order.json"), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream()
                .filter(f -> f.relativePath().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " in "
                        + files.stream().map(GeneratedFile::relativePath).toList()))
                .content();
    }

    @Test
    void recordKeepsSchemaOrderPresenceAndDocs() {
        assertThat(file(Style.RECORDS, Layout.BINDERY, "com/acme/orders/OrderPlaced.java"))
                .isEqualTo("""
                package com.acme.orders;

                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import java.math.BigDecimal;
                import java.util.Collections;
                import java.util.LinkedHashMap;
                import java.util.Map;
                import java.util.Objects;
                import java.util.Optional;
                import java.util.UUID;
                import javax.annotation.processing.Generated;

                /**
                 * OrderPlaced
                 *
                 * <p>An order was placed.
                 *
                 * @param total Gross total.
                 * @param items Default when absent: {@code 1}.
                 * @param note ({@code null} when absent, {@code Optional.empty()} when JSON {@code null})
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme.orders@OrderPlaced version 3, order.json#"
                )
                @JsonInclude(JsonInclude.Include.NON_NULL)
                public record OrderPlaced(@JsonProperty("id") UUID id, @JsonProperty("total") BigDecimal total,
                        @JsonProperty("items") Integer items, @JsonProperty("status") Status status,
                        @JsonProperty("note") Optional<String> note, @JsonProperty("payment") Payment payment,
                        @JsonProperty("ref") Ref ref, @JsonProperty("legacy") String legacy,
                        @JsonProperty("position") Position position,
                        @JsonProperty("labels") Map<String, String> labels,
                        @JsonProperty("customer") Customer customer) {
                    public OrderPlaced {
                        Objects.requireNonNull(id, "id == null");
                        Objects.requireNonNull(total, "total == null");
                        Objects.requireNonNull(status, "status == null");
                        Objects.requireNonNull(payment, "payment == null");
                        labels = labels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
                    }

                    /**
                     * @return the {@code legacy} component
                     * @deprecated the schema marks {@code legacy} deprecated
                     */
                    @Deprecated
                    public String legacy() {
                        return legacy;
                    }
                }
                """);
    }

    @Test
    void openEnumKeepsUnknownValues() {
        assertThat(file(Style.RECORDS, Layout.BINDERY, "com/acme/orders/Status.java"))
                .isEqualTo("""
                package com.acme.orders;

                import com.fasterxml.jackson.annotation.JsonCreator;
                import com.fasterxml.jackson.annotation.JsonValue;
                import java.util.ArrayList;
                import java.util.Collections;
                import java.util.LinkedHashMap;
                import java.util.List;
                import java.util.Map;
                import java.util.Objects;
                import javax.annotation.processing.Generated;

                /**
                 * An open enumeration: {@link #of(String)} accepts values that are not known yet and keeps
                 * them, so {@link #isKnown()} tells the constants from new values.
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme.orders@OrderPlaced version 3, order.json#/properties/status"
                )
                public final class Status {
                    /**
                     * The value {@code placed}.
                     */
                    public static final Status PLACED = new Status("placed");

                    /**
                     * The value {@code paid}.
                     */
                    public static final Status PAID = new Status("paid");

                    private static final Map<String, Status> KNOWN = known();

                    private final String value;

                    private Status(String value) {
                        this.value = value;
                    }

                    private static Map<String, Status> known() {
                        Map<String, Status> map = new LinkedHashMap<>();
                        map.put(PLACED.value, PLACED);
                        map.put(PAID.value, PAID);
                        return Collections.unmodifiableMap(map);
                    }

                    /**
                     * The constant for {@code value}, or a new instance holding a value not known yet.
                     */
                    @JsonCreator(
                            mode = JsonCreator.Mode.DELEGATING
                    )
                    public static Status of(String value) {
                        Objects.requireNonNull(value, "value == null");
                        Status constant = KNOWN.get(value);
                        return constant != null ? constant : new Status(value);
                    }

                    /**
                     * The values the schema declares, in schema order.
                     */
                    public static List<Status> knownValues() {
                        return Collections.unmodifiableList(new ArrayList<>(KNOWN.values()));
                    }

                    /**
                     * The value as it appears in JSON.
                     */
                    @JsonValue
                    public String value() {
                        return value;
                    }

                    /**
                     * Whether the value is one the schema declares.
                     */
                    public boolean isKnown() {
                        return KNOWN.containsKey(value);
                    }

                    @Override
                    public boolean equals(Object o) {
                        if (this == o) {
                            return true;
                        }
                        if (o == null || getClass() != o.getClass()) {
                            return false;
                        }
                        Status other = (Status) o;
                        return Objects.equals(value, other.value);
                    }

                    @Override
                    public int hashCode() {
                        return Objects.hash(value);
                    }

                    @Override
                    public String toString() {
                        return value;
                    }
                }
                """);
    }

    @Test
    void discriminatedUnionIsASealedInterface() {
        assertThat(file(Style.RECORDS, Layout.BINDERY, "com/acme/orders/Payment.java"))
                .isEqualTo("""
                package com.acme.orders;

                import com.fasterxml.jackson.annotation.JsonSubTypes;
                import com.fasterxml.jackson.annotation.JsonTypeInfo;
                import javax.annotation.processing.Generated;

                /**
                 * The variant is chosen by the value of property {@code type}.
                 * Instances of variants not declared yet are read as {@link PaymentUnknown}.
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme.orders@OrderPlaced version 3, order.json#/properties/payment"
                )
                @JsonTypeInfo(
                        use = JsonTypeInfo.Id.NAME,
                        include = JsonTypeInfo.As.EXISTING_PROPERTY,
                        property = "type",
                        visible = true,
                        defaultImpl = PaymentUnknown.class
                )
                @JsonSubTypes({
                        @JsonSubTypes.Type(value = PaymentCard.class, name = "card"),
                        @JsonSubTypes.Type(value = PaymentCash.class, name = "cash")
                })
                public sealed interface Payment permits PaymentCard, PaymentCash, PaymentUnknown {
                }
                """);
    }

    @Test
    void unionVariantIsARecordImplementingTheUnion() {
        assertThat(file(Style.RECORDS, Layout.BINDERY, "com/acme/orders/PaymentCard.java"))
                .isEqualTo("""
                package com.acme.orders;

                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import java.util.Objects;
                import javax.annotation.processing.Generated;

                /**
                 * @param type Always "card".
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme.orders@OrderPlaced version 3, order.json#/properties/payment/oneOf/0"
                )
                @JsonInclude(JsonInclude.Include.NON_NULL)
                public record PaymentCard(@JsonProperty("type") String type,
                        @JsonProperty("last4") String last4) implements Payment {
                    public PaymentCard {
                        Objects.requireNonNull(type, "type == null");
                    }
                }
                """);
    }

    @Test
    void scalarUnionPicksTheVariantByToken() {
        assertThat(file(Style.RECORDS, Layout.BINDERY, "com/acme/orders/Ref.java"))
                .isEqualTo("""
                package com.acme.orders;

                import com.fasterxml.jackson.annotation.JsonCreator;
                import com.fasterxml.jackson.annotation.JsonValue;
                import com.fasterxml.jackson.databind.JsonNode;
                import java.math.BigInteger;
                import java.util.Objects;
                import javax.annotation.processing.Generated;

                /**
                 * One of several JSON kinds; {@link #of} picks the variant from the JSON token.
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme.orders@OrderPlaced version 3, order.json#/properties/ref"
                )
                public sealed interface Ref permits Ref.OfInteger, Ref.OfString {
                    /**
                     * The variant for a JSON value.
                     */
                    @JsonCreator(
                            mode = JsonCreator.Mode.DELEGATING
                    )
                    static Ref of(JsonNode node) {
                        if (node.isNumber()) {
                            return new OfInteger(node.bigIntegerValue());
                        }
                        if (node.isTextual()) {
                            return new OfString(node.textValue());
                        }
                        throw new IllegalArgumentException("no variant of Ref takes JSON " + node.getNodeType());
                    }

                    /**
                     * An integer value.
                     */
                    record OfInteger(BigInteger value) implements Ref {
                        public OfInteger {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public BigInteger value() {
                            return value;
                        }
                    }

                    /**
                     * A string value.
                     */
                    record OfString(String value) implements Ref {
                        public OfString {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public String value() {
                            return value;
                        }
                    }
                }
                """);
    }

    @Test
    void recordEnvelopeKeepsUnknownProperties() {
        assertThat(file(Style.RECORDS, Layout.BINDERY, "com/acme/orders/EventEnvelope.java"))
                .isEqualTo("""
                package com.acme.orders;

                import com.fasterxml.jackson.annotation.JsonAnyGetter;
                import com.fasterxml.jackson.annotation.JsonAnySetter;
                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import com.fasterxml.jackson.databind.JsonNode;
                import java.time.OffsetDateTime;
                import java.util.ArrayList;
                import java.util.Collections;
                import java.util.LinkedHashMap;
                import java.util.List;
                import java.util.Map;
                import javax.annotation.processing.Generated;

                /**
                 * The event envelope, generic in the type T of its detail.
                 *
                 * @param version The envelope version, 0.
                 * @param id The event's unique id.
                 * @param detailType What happened, e.g. Order Created.
                 * @param source Who published the event.
                 * @param account The account the event came from.
                 * @param time When the event happened.
                 * @param region The region the event came from.
                 * @param resources The resources the event is about.
                 * @param detail The event's payload.
                 * @param additionalProperties properties the schema does not declare, kept for re-publishing
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme.orders@OrderPlaced version 3"
                )
                @JsonInclude(JsonInclude.Include.NON_NULL)
                public record EventEnvelope<T>(@JsonProperty("version") String version,
                        @JsonProperty("id") String id, @JsonProperty("detail-type") String detailType,
                        @JsonProperty("source") String source, @JsonProperty("account") String account,
                        @JsonProperty("time") OffsetDateTime time, @JsonProperty("region") String region,
                        @JsonProperty("resources") List<String> resources, @JsonProperty("detail") T detail,
                        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
                    public EventEnvelope {
                        resources = resources == null ? null : Collections.unmodifiableList(new ArrayList<>(resources));
                        additionalProperties = additionalProperties == null ? Collections.emptyMap()
                                : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
                    }

                    /**
                     * Creates an instance without additional properties.
                     */
                    public EventEnvelope(String version, String id, String detailType, String source,
                            String account, OffsetDateTime time, String region, List<String> resources, T detail) {
                        this(version, id, detailType, source, account, time, region, resources, detail,
                                Collections.emptyMap());
                    }
                }
                """);
    }

    @Test
    void fixedTupleIsARecordWrittenAsAnArray() {
        assertThat(file(Style.RECORDS, Layout.BINDERY, "com/acme/orders/Position.java"))
                .isEqualTo("""
                package com.acme.orders;

                import com.fasterxml.jackson.annotation.JsonFormat;
                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import com.fasterxml.jackson.annotation.JsonPropertyOrder;
                import java.math.BigDecimal;
                import java.util.Objects;
                import javax.annotation.processing.Generated;

                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme.orders@OrderPlaced version 3, order.json#/properties/position"
                )
                @JsonInclude(JsonInclude.Include.NON_NULL)
                @JsonFormat(
                        shape = JsonFormat.Shape.ARRAY
                )
                @JsonPropertyOrder({
                        "item1",
                        "item2"
                })
                public record Position(@JsonProperty("item1") BigDecimal item1,
                        @JsonProperty("item2") BigDecimal item2) {
                    public Position {
                        Objects.requireNonNull(item1, "item1 == null");
                        Objects.requireNonNull(item2, "item2 == null");
                    }
                }
                """);
    }

    @Test
    void typedAdditionalPropertiesAreKeptInATypedMap() {
        assertThat(file(Style.RECORDS, Layout.BINDERY, "com/acme/orders/Customer.java"))
                .isEqualTo("""
                package com.acme.orders;

                import com.fasterxml.jackson.annotation.JsonAnyGetter;
                import com.fasterxml.jackson.annotation.JsonAnySetter;
                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import java.math.BigInteger;
                import java.time.OffsetDateTime;
                import java.util.Collections;
                import java.util.LinkedHashMap;
                import java.util.Map;
                import java.util.Objects;
                import javax.annotation.processing.Generated;

                /**
                 * @param additionalProperties properties the schema does not declare, kept for re-publishing
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme.orders@OrderPlaced version 3, order.json#/properties/customer"
                )
                @JsonInclude(JsonInclude.Include.NON_NULL)
                public record Customer(@JsonProperty("name") String name,
                        @JsonProperty("placedAt") OffsetDateTime placedAt,
                        @JsonAnySetter @JsonAnyGetter Map<String, BigInteger> additionalProperties) {
                    public Customer {
                        Objects.requireNonNull(name, "name == null");
                        additionalProperties = additionalProperties == null ? Collections.emptyMap()
                                : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
                    }

                    /**
                     * Creates an instance without additional properties.
                     */
                    public Customer(String name, OffsetDateTime placedAt) {
                        this(name, placedAt, Collections.emptyMap());
                    }
                }
                """);
    }

    @Test
    void beanHasGettersSettersFluentSettersAndValueMethods() {
        assertThat(file(Style.CLASSES, Layout.BINDERY, "com/acme/orders/OrderPlaced.java"))
                .isEqualTo("""
                package com.acme.orders;

                import com.fasterxml.jackson.annotation.JsonAutoDetect;
                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import java.math.BigDecimal;
                import java.util.Map;
                import java.util.Objects;
                import java.util.Optional;
                import java.util.UUID;

                /**
                 * OrderPlaced
                 *
                 * <p>An order was placed.
                 *
                 * <p>Generated by Bindery codegen from schema acme.orders@OrderPlaced version 3, order.json#.
                 */
                @JsonInclude(JsonInclude.Include.NON_NULL)
                @JsonAutoDetect(
                        fieldVisibility = JsonAutoDetect.Visibility.ANY,
                        getterVisibility = JsonAutoDetect.Visibility.NONE,
                        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
                        setterVisibility = JsonAutoDetect.Visibility.NONE
                )
                public final class OrderPlaced {
                    @JsonProperty("id")
                    private UUID id;

                    /**
                     * Gross total.
                     */
                    @JsonProperty("total")
                    private BigDecimal total;

                    /**
                     * Default when absent: {@code 1}.
                     */
                    @JsonProperty("items")
                    private Integer items;

                    @JsonProperty("status")
                    private Status status;

                    /**
                     * ({@code null} when absent, {@code Optional.empty()} when JSON {@code null})
                     */
                    @JsonProperty("note")
                    private Optional<String> note;

                    @JsonProperty("payment")
                    private Payment payment;

                    @JsonProperty("ref")
                    private Ref ref;

                    @JsonProperty("legacy")
                    @Deprecated
                    private String legacy;

                    @JsonProperty("position")
                    private Position position;

                    @JsonProperty("labels")
                    private Map<String, String> labels;

                    @JsonProperty("customer")
                    private Customer customer;

                    public UUID getId() {
                        return id;
                    }

                    public void setId(UUID id) {
                        this.id = id;
                    }

                    public OrderPlaced id(UUID id) {
                        this.id = id;
                        return this;
                    }

                    /**
                     * Gross total.
                     */
                    public BigDecimal getTotal() {
                        return total;
                    }

                    public void setTotal(BigDecimal total) {
                        this.total = total;
                    }

                    public OrderPlaced total(BigDecimal total) {
                        this.total = total;
                        return this;
                    }

                    /**
                     * Default when absent: {@code 1}.
                     */
                    public Integer getItems() {
                        return items;
                    }

                    public void setItems(Integer items) {
                        this.items = items;
                    }

                    public OrderPlaced items(Integer items) {
                        this.items = items;
                        return this;
                    }

                    public Status getStatus() {
                        return status;
                    }

                    public void setStatus(Status status) {
                        this.status = status;
                    }

                    public OrderPlaced status(Status status) {
                        this.status = status;
                        return this;
                    }

                    /**
                     * ({@code null} when absent, {@code Optional.empty()} when JSON {@code null})
                     */
                    public Optional<String> getNote() {
                        return note;
                    }

                    public void setNote(Optional<String> note) {
                        this.note = note;
                    }

                    public OrderPlaced note(Optional<String> note) {
                        this.note = note;
                        return this;
                    }

                    public Payment getPayment() {
                        return payment;
                    }

                    public void setPayment(Payment payment) {
                        this.payment = payment;
                    }

                    public OrderPlaced payment(Payment payment) {
                        this.payment = payment;
                        return this;
                    }

                    public Ref getRef() {
                        return ref;
                    }

                    public void setRef(Ref ref) {
                        this.ref = ref;
                    }

                    public OrderPlaced ref(Ref ref) {
                        this.ref = ref;
                        return this;
                    }

                    @Deprecated
                    public String getLegacy() {
                        return legacy;
                    }

                    @Deprecated
                    public void setLegacy(String legacy) {
                        this.legacy = legacy;
                    }

                    @Deprecated
                    public OrderPlaced legacy(String legacy) {
                        this.legacy = legacy;
                        return this;
                    }

                    public Position getPosition() {
                        return position;
                    }

                    public void setPosition(Position position) {
                        this.position = position;
                    }

                    public OrderPlaced position(Position position) {
                        this.position = position;
                        return this;
                    }

                    public Map<String, String> getLabels() {
                        return labels;
                    }

                    public void setLabels(Map<String, String> labels) {
                        this.labels = labels;
                    }

                    public OrderPlaced labels(Map<String, String> labels) {
                        this.labels = labels;
                        return this;
                    }

                    public Customer getCustomer() {
                        return customer;
                    }

                    public void setCustomer(Customer customer) {
                        this.customer = customer;
                    }

                    public OrderPlaced customer(Customer customer) {
                        this.customer = customer;
                        return this;
                    }

                    @Override
                    public boolean equals(Object o) {
                        if (this == o) {
                            return true;
                        }
                        if (o == null || getClass() != o.getClass()) {
                            return false;
                        }
                        OrderPlaced other = (OrderPlaced) o;
                        return Objects.equals(id, other.id)
                                && Objects.equals(total, other.total)
                                && Objects.equals(items, other.items)
                                && Objects.equals(status, other.status)
                                && Objects.equals(note, other.note)
                                && Objects.equals(payment, other.payment)
                                && Objects.equals(ref, other.ref)
                                && Objects.equals(legacy, other.legacy)
                                && Objects.equals(position, other.position)
                                && Objects.equals(labels, other.labels)
                                && Objects.equals(customer, other.customer);
                    }

                    @Override
                    public int hashCode() {
                        return Objects.hash(id, total, items, status, note, payment, ref, legacy, position, labels, customer);
                    }

                    @Override
                    public String toString() {
                        return "OrderPlaced{"
                                + "id=" + id
                                + ", total=" + total
                                + ", items=" + items
                                + ", status=" + status
                                + ", note=" + note
                                + ", payment=" + payment
                                + ", ref=" + ref
                                + ", legacy=" + legacy
                                + ", position=" + position
                                + ", labels=" + labels
                                + ", customer=" + customer
                                + "}";
                    }
                }
                """);
    }

    @Test
    void beanUnionIsAPlainInterface() {
        assertThat(file(Style.CLASSES, Layout.BINDERY, "com/acme/orders/Payment.java"))
                .isEqualTo("""
                package com.acme.orders;

                import com.fasterxml.jackson.annotation.JsonSubTypes;
                import com.fasterxml.jackson.annotation.JsonTypeInfo;

                /**
                 * The variant is chosen by the value of property {@code type}.
                 * Instances of variants not declared yet are read as {@link PaymentUnknown}.
                 *
                 * <p>Generated by Bindery codegen from schema acme.orders@OrderPlaced version 3, order.json#/properties/payment.
                 */
                @JsonTypeInfo(
                        use = JsonTypeInfo.Id.NAME,
                        include = JsonTypeInfo.As.EXISTING_PROPERTY,
                        property = "type",
                        visible = true,
                        defaultImpl = PaymentUnknown.class
                )
                @JsonSubTypes({
                        @JsonSubTypes.Type(value = PaymentCard.class, name = "card"),
                        @JsonSubTypes.Type(value = PaymentCash.class, name = "cash")
                })
                public interface Payment {
                }
                """);
    }

    @Test
    void eventBridgeMarshallerHasTheAwsApi() {
        assertThat(file(Style.RECORDS, Layout.EVENTBRIDGE, "schema/acme_orders/orderplaced/marshaller/Marshaller.java"))
                .isEqualTo("""
                package schema.acme_orders.orderplaced.marshaller;

                import com.fasterxml.jackson.annotation.JsonFormat;
                import com.fasterxml.jackson.core.JsonGenerator;
                import com.fasterxml.jackson.core.JsonParser;
                import com.fasterxml.jackson.core.JsonToken;
                import com.fasterxml.jackson.databind.BeanProperty;
                import com.fasterxml.jackson.databind.DeserializationContext;
                import com.fasterxml.jackson.databind.DeserializationFeature;
                import com.fasterxml.jackson.databind.JsonDeserializer;
                import com.fasterxml.jackson.databind.JsonMappingException;
                import com.fasterxml.jackson.databind.JsonSerializer;
                import com.fasterxml.jackson.databind.ObjectMapper;
                import com.fasterxml.jackson.databind.ObjectReader;
                import com.fasterxml.jackson.databind.ObjectWriter;
                import com.fasterxml.jackson.databind.SerializationFeature;
                import com.fasterxml.jackson.databind.SerializerProvider;
                import com.fasterxml.jackson.databind.cfg.MapperConfig;
                import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
                import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
                import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
                import com.fasterxml.jackson.databind.module.SimpleModule;
                import com.fasterxml.jackson.databind.ser.ContextualSerializer;
                import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
                import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
                import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
                import com.fasterxml.jackson.datatype.jsr310.ser.OffsetDateTimeSerializer;
                import java.io.IOException;
                import java.io.InputStream;
                import java.io.OutputStream;
                import java.time.DateTimeException;
                import java.time.OffsetDateTime;
                import java.time.ZoneOffset;
                import java.util.Map;
                import java.util.concurrent.ConcurrentHashMap;
                import schema.acme_orders.orderplaced.AWSEvent;

                /**
                 * Reads and writes events as JSON.
                 *
                 * <p>Unknown properties are tolerated and kept by open types; dates are written as ISO-8601 strings with their offsets; numbers keep their exact decimal value.
                 *
                 * <p>Generated by Bindery codegen from schema acme.orders@OrderPlaced version 3.
                 */
                public final class Marshaller {
                    private static final ObjectMapper MAPPER = createObjectMapper();

                    private static final Map<Class<?>, ObjectReader> READERS = new ConcurrentHashMap<>();

                    private static final Map<Class<?>, ObjectReader> EVENT_READERS = new ConcurrentHashMap<>();

                    private static final Map<Class<?>, ObjectWriter> WRITERS = new ConcurrentHashMap<>();

                    private Marshaller() {
                    }

                    /**
                     * Writes {@code value} as JSON to {@code output}.
                     */
                    public static <T> void marshal(OutputStream output, T value) throws IOException {
                        if (value == null) {
                            MAPPER.writeValue(output, null);
                        } else {
                            WRITERS.computeIfAbsent(value.getClass(), MAPPER::writerFor).writeValue(output, value);
                        }
                    }

                    /**
                     * Reads a {@code type} from JSON.
                     */
                    public static <T> T unmarshal(InputStream input, Class<T> type) throws IOException {
                        return READERS.computeIfAbsent(type, MAPPER::readerFor).readValue(input);
                    }

                    /**
                     * Reads an event envelope whose detail is a {@code type}.
                     */
                    public static <T> AWSEvent<T> unmarshalEvent(InputStream input, Class<T> type) throws
                            IOException {
                        return EVENT_READERS.computeIfAbsent(type, t -> MAPPER.readerFor(
                                MAPPER.getTypeFactory().constructParametricType(AWSEvent.class, t))).readValue(input);
                    }

                    private static ObjectMapper createObjectMapper() {
                        ObjectMapper mapper = new ObjectMapper();
                        mapper.registerModule(new JavaTimeModule());
                        mapper.registerModule(new Jdk8Module().configureReadAbsentAsNull(true));
                        mapper.registerModule(new SimpleModule()
                                .addDeserializer(OffsetDateTime.class, new DateTimeDeserializer(InstantDeserializer.OFFSET_DATE_TIME))
                                .addSerializer(OffsetDateTime.class, new DateTimeSerializer(OffsetDateTimeSerializer.INSTANCE)));
                        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
                        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
                        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
                        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
                        return mapper;
                    }

                    /**
                     * Whether {@code property} has no {@code @JsonFormat} that the standard (de)serializer must apply.
                     */
                    private static boolean isPlain(MapperConfig<?> config, BeanProperty property) {
                        return property == null || property.findPropertyFormat(config, OffsetDateTime.class).equals(JsonFormat.Value.empty());
                    }

                    /**
                     * {@code text} as {@code uuuu-MM-ddTHH:mm:ss[.S...](Z|+HH:mm|-HH:mm)}, or {@code null} for any other form.
                     */
                    private static OffsetDateTime parse(String text) {
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
                            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, ZoneOffset.ofTotalSeconds(offsetSeconds));
                        } catch (DateTimeException e) {
                            return null;
                        }
                    }

                    /**
                     * The decimal number in {@code text} at {@code start}, or -1 when a character is not a digit.
                     */
                    private static int digits(String text, int start, int count) {
                        int value = 0;
                        for (int i = start; i < start + count; i++) {
                            char c = text.charAt(i);
                            if (c < '0' || c > '9') {
                                return -1;
                            }
                            value = value * 10 + c - '0';
                        }
                        return value;
                    }

                    /**
                     * Writes {@code value} as {@code ISO_OFFSET_DATE_TIME} would; {@code false} for years beyond
                     * 0000 to 9999 and offsets with seconds, which are left to it.
                     */
                    private static boolean format(OffsetDateTime value, JsonGenerator generator) throws
                            IOException {
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
                    }

                    /**
                     * Puts {@code value} as {@code width} digits, zero-padded, at {@code start}; returns the end.
                     */
                    private static int put(char[] c, int start, int value, int width) {
                        int rest = value;
                        for (int i = start + width - 1; i >= start; i--) {
                            c[i] = (char) ('0' + rest % 10);
                            rest /= 10;
                        }
                        return start + width;
                    }

                    /**
                     * Parses the common form itself; hands everything else to the standard deserializer.
                     */
                    private static final class DateTimeDeserializer extends JsonDeserializer<OffsetDateTime> implements ContextualDeserializer {
                        private final JsonDeserializer<?> standard;

                        DateTimeDeserializer(JsonDeserializer<?> standard) {
                            this.standard = standard;
                        }

                        @Override
                        public JsonDeserializer<?> createContextual(DeserializationContext context,
                                BeanProperty property) throws JsonMappingException {
                            JsonDeserializer<?> contextual = context.handleSecondaryContextualization(standard, property,
                                    context.constructType(OffsetDateTime.class));
                            return isPlain(context.getConfig(), property) ? new DateTimeDeserializer(contextual)
                                    : contextual;
                        }

                        @Override
                        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws
                                IOException {
                            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                                OffsetDateTime value = parse(parser.getText());
                                if (value != null) {
                                    return value;
                                }
                            }
                            return (OffsetDateTime) standard.deserialize(parser, context);
                        }

                        @Override
                        public Object deserializeWithType(JsonParser parser, DeserializationContext context,
                                TypeDeserializer typeDeserializer) throws IOException {
                            return standard.deserializeWithType(parser, context, typeDeserializer);
                        }

                        @Override
                        public Class<?> handledType() {
                            return OffsetDateTime.class;
                        }
                    }

                    /**
                     * Formats the common case itself; hands everything else to the standard serializer.
                     */
                    private static final class DateTimeSerializer extends JsonSerializer<OffsetDateTime> implements ContextualSerializer {
                        private final JsonSerializer<Object> standard;

                        @SuppressWarnings("unchecked")
                        DateTimeSerializer(JsonSerializer<?> standard) {
                            this.standard = (JsonSerializer<Object>) standard;
                        }

                        @Override
                        public JsonSerializer<?> createContextual(SerializerProvider provider,
                                BeanProperty property) throws JsonMappingException {
                            JsonSerializer<?> contextual = provider.handleSecondaryContextualization(standard, property);
                            return isPlain(provider.getConfig(), property) ? new DateTimeSerializer(contextual)
                                    : contextual;
                        }

                        @Override
                        public void serialize(OffsetDateTime value, JsonGenerator generator,
                                SerializerProvider provider) throws IOException {
                            if (provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS) || provider.getConfig().hasExplicitTimeZone()
                                    || !format(value, generator)) {
                                standard.serialize(value, generator, provider);
                            }
                        }

                        @Override
                        public void serializeWithType(OffsetDateTime value, JsonGenerator generator,
                                SerializerProvider provider, TypeSerializer typeSerializer) throws IOException {
                            standard.serializeWithType(value, generator, provider, typeSerializer);
                        }

                        @Override
                        public Class<OffsetDateTime> handledType() {
                            return OffsetDateTime.class;
                        }
                    }
                }
                """);
    }

    @Test
    void eventBridgeEnvelopeIsAGenericBean() {
        assertThat(file(Style.RECORDS, Layout.EVENTBRIDGE, "schema/acme_orders/orderplaced/AWSEvent.java"))
                .isEqualTo("""
                package schema.acme_orders.orderplaced;

                import com.fasterxml.jackson.annotation.JsonAnyGetter;
                import com.fasterxml.jackson.annotation.JsonAnySetter;
                import com.fasterxml.jackson.annotation.JsonAutoDetect;
                import com.fasterxml.jackson.annotation.JsonIgnore;
                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import com.fasterxml.jackson.databind.JsonNode;
                import java.time.OffsetDateTime;
                import java.util.LinkedHashMap;
                import java.util.List;
                import java.util.Map;
                import java.util.Objects;

                /**
                 * The event envelope, generic in the type T of its detail.
                 *
                 * <p>Generated by Bindery codegen from schema acme.orders@OrderPlaced version 3.
                 */
                @JsonInclude(JsonInclude.Include.NON_NULL)
                @JsonAutoDetect(
                        fieldVisibility = JsonAutoDetect.Visibility.ANY,
                        getterVisibility = JsonAutoDetect.Visibility.NONE,
                        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
                        setterVisibility = JsonAutoDetect.Visibility.NONE
                )
                public class AWSEvent<T> {
                    /**
                     * The envelope version, 0.
                     */
                    @JsonProperty("version")
                    private String version;

                    /**
                     * The event's unique id.
                     */
                    @JsonProperty("id")
                    private String id;

                    /**
                     * What happened, e.g. Order Created.
                     */
                    @JsonProperty("detail-type")
                    private String detailType;

                    /**
                     * Who published the event.
                     */
                    @JsonProperty("source")
                    private String source;

                    /**
                     * The account the event came from.
                     */
                    @JsonProperty("account")
                    private String account;

                    /**
                     * When the event happened.
                     */
                    @JsonProperty("time")
                    private OffsetDateTime time;

                    /**
                     * The region the event came from.
                     */
                    @JsonProperty("region")
                    private String region;

                    /**
                     * The resources the event is about.
                     */
                    @JsonProperty("resources")
                    private List<String> resources;

                    /**
                     * The event's payload.
                     */
                    @JsonProperty("detail")
                    private T detail;

                    @JsonIgnore
                    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

                    /**
                     * The envelope version, 0.
                     */
                    public String getVersion() {
                        return version;
                    }

                    public void setVersion(String version) {
                        this.version = version;
                    }

                    public AWSEvent<T> version(String version) {
                        this.version = version;
                        return this;
                    }

                    /**
                     * The event's unique id.
                     */
                    public String getId() {
                        return id;
                    }

                    public void setId(String id) {
                        this.id = id;
                    }

                    public AWSEvent<T> id(String id) {
                        this.id = id;
                        return this;
                    }

                    /**
                     * What happened, e.g. Order Created.
                     */
                    public String getDetailType() {
                        return detailType;
                    }

                    public void setDetailType(String detailType) {
                        this.detailType = detailType;
                    }

                    public AWSEvent<T> detailType(String detailType) {
                        this.detailType = detailType;
                        return this;
                    }

                    /**
                     * Who published the event.
                     */
                    public String getSource() {
                        return source;
                    }

                    public void setSource(String source) {
                        this.source = source;
                    }

                    public AWSEvent<T> source(String source) {
                        this.source = source;
                        return this;
                    }

                    /**
                     * The account the event came from.
                     */
                    public String getAccount() {
                        return account;
                    }

                    public void setAccount(String account) {
                        this.account = account;
                    }

                    public AWSEvent<T> account(String account) {
                        this.account = account;
                        return this;
                    }

                    /**
                     * When the event happened.
                     */
                    public OffsetDateTime getTime() {
                        return time;
                    }

                    public void setTime(OffsetDateTime time) {
                        this.time = time;
                    }

                    public AWSEvent<T> time(OffsetDateTime time) {
                        this.time = time;
                        return this;
                    }

                    /**
                     * The region the event came from.
                     */
                    public String getRegion() {
                        return region;
                    }

                    public void setRegion(String region) {
                        this.region = region;
                    }

                    public AWSEvent<T> region(String region) {
                        this.region = region;
                        return this;
                    }

                    /**
                     * The resources the event is about.
                     */
                    public List<String> getResources() {
                        return resources;
                    }

                    public void setResources(List<String> resources) {
                        this.resources = resources;
                    }

                    public AWSEvent<T> resources(List<String> resources) {
                        this.resources = resources;
                        return this;
                    }

                    /**
                     * The event's payload.
                     */
                    public T getDetail() {
                        return detail;
                    }

                    public void setDetail(T detail) {
                        this.detail = detail;
                    }

                    public AWSEvent<T> detail(T detail) {
                        this.detail = detail;
                        return this;
                    }

                    /**
                     * Properties the schema does not declare, kept for re-publishing.
                     */
                    @JsonAnyGetter
                    public Map<String, JsonNode> getAdditionalProperties() {
                        return additionalProperties;
                    }

                    @JsonAnySetter
                    public void setAdditionalProperty(String name, JsonNode value) {
                        additionalProperties.put(name, value);
                    }

                    @Override
                    public boolean equals(Object o) {
                        if (this == o) {
                            return true;
                        }
                        if (o == null || getClass() != o.getClass()) {
                            return false;
                        }
                        AWSEvent<?> other = (AWSEvent<?>) o;
                        return Objects.equals(version, other.version)
                                && Objects.equals(id, other.id)
                                && Objects.equals(detailType, other.detailType)
                                && Objects.equals(source, other.source)
                                && Objects.equals(account, other.account)
                                && Objects.equals(time, other.time)
                                && Objects.equals(region, other.region)
                                && Objects.equals(resources, other.resources)
                                && Objects.equals(detail, other.detail)
                                && Objects.equals(additionalProperties, other.additionalProperties);
                    }

                    @Override
                    public int hashCode() {
                        return Objects.hash(version, id, detailType, source, account, time, region, resources, detail, additionalProperties);
                    }

                    @Override
                    public String toString() {
                        return "AWSEvent{"
                                + "version=" + version
                                + ", id=" + id
                                + ", detailType=" + detailType
                                + ", source=" + source
                                + ", account=" + account
                                + ", time=" + time
                                + ", region=" + region
                                + ", resources=" + resources
                                + ", detail=" + detail
                                + ", additionalProperties=" + additionalProperties
                                + "}";
                    }
                }
                """);
    }
}
