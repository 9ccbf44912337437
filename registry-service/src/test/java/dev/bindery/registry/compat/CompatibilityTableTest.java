package dev.bindery.registry.compat;

import static dev.bindery.registry.compat.Schemas.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules as a table: old schema, new schema, the difference kinds expected, and the verdicts. A verdict is written
 * as the directions that hold: "BF" = backward and forward (so FULL), "B", "F", or "-" (neither). The STRICT column
 * is exact set inclusion; the LENIENT column differs only where an optional property meets an open content model.
 */
class CompatibilityTableTest {
    private static final CompatibilityChecker CHECKER = new CompatibilityChecker(SchemaDiff.withDefaults());

    record Case(String name, String older, String newer, String kinds, String strict, String lenient) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, String older, String newer, String kinds, String strict, String lenient) {
        return new Case(name, older, newer, kinds, strict, lenient);
    }

    private static final String OBJ_A = "{'type':'object','properties':{'a':{'type':'string'}}";
    private static final String OPEN_A = OBJ_A + "}";
    private static final String CLOSED_A = OBJ_A + ",'additionalProperties':false}";
    private static final String STRINGS_A = OBJ_A + ",'additionalProperties':{'type':'string'}}";
    private static final String RECURSIVE = "{'$ref':'#/definitions/node','definitions':{'node':{'type':'object',"
            + "'properties':{'value':{'type':'%s'},'children':{'type':'array','items':{'$ref':'#/definitions/node'}}}}}}";
    private static final String SELF = "{'type':'object','properties':{'v':{'type':%s},'next':{'$ref':'#'}}}";
    private static final String DISJOINT = "{'oneOf':[{'type':'string'},{'type':'integer'}]}";
    private static final String EVENT =
            "{'type':'object','required':['kind'],'properties':{'kind':{'const':'%s'},'%s':{'type':'string'}}}";

    static Stream<Case> cases() {
        return Stream.of(
                // identity and annotations
                c("identical schemas", OPEN_A, OPEN_A, "", "BF", "BF"),
                c(
                        "title and description changes are neutral",
                        "{'type':'string','title':'a'}",
                        "{'type':'string','title':'b','description':'d','examples':['x']}",
                        "",
                        "BF",
                        "BF"),
                c("true and the empty schema are the same", "true", "{'description':'anything'}", "", "BF", "BF"),
                // type
                c(
                        "[string,null] to string narrows",
                        "{'type':['string','null']}",
                        "{'type':'string'}",
                        "TYPE_NARROWED",
                        "F",
                        "F"),
                c("number to integer narrows", "{'type':'number'}", "{'type':'integer'}", "TYPE_NARROWED", "F", "F"),
                c("integer to number widens", "{'type':'integer'}", "{'type':'number'}", "TYPE_WIDENED", "B", "B"),
                c(
                        "string to [string,null] widens",
                        "{'type':'string'}",
                        "{'type':['null','string']}",
                        "TYPE_WIDENED",
                        "B",
                        "B"),
                c("string to integer changes", "{'type':'string'}", "{'type':'integer'}", "TYPE_CHANGED", "-", "-"),
                c("type added narrows", "{}", "{'type':'string'}", "TYPE_NARROWED", "F", "F"),
                c("type removed widens", "{'type':'string'}", "{}", "TYPE_WIDENED", "B", "B"),
                c(
                        "nested property type change",
                        "{'properties':{'amount':{'type':'integer'}}}",
                        "{'properties':{'amount':{'type':'string'}}}",
                        "TYPE_CHANGED",
                        "-",
                        "-"),
                c(
                        "keywords for a type neither side admits are vacuous",
                        "{'type':'string','minimum':3}",
                        "{'type':'string'}",
                        "",
                        "BF",
                        "BF"),
                // content models
                c(
                        "optional property added to an open model narrows; lenient forgives",
                        OPEN_A,
                        OBJ_A.replace("}}", "},'b':{'type':'string'}}") + "}",
                        "PROPERTY_ADDED",
                        "F",
                        "BF"),
                c(
                        "optional property accepting anything added to an open model is neutral",
                        OPEN_A,
                        OBJ_A.replace("}}", "},'b':{}}") + "}",
                        "PROPERTY_ADDED",
                        "BF",
                        "BF"),
                c(
                        "optional property added to a closed model widens",
                        CLOSED_A,
                        OBJ_A.replace("}}", "},'b':{'type':'string'}}") + ",'additionalProperties':false}",
                        "PROPERTY_ADDED",
                        "B",
                        "B"),
                c(
                        "property added to a partially open model, covered by its schema",
                        STRINGS_A,
                        OBJ_A.replace("}}", "},'b':{'type':'string'}}") + ",'additionalProperties':{'type':'string'}}",
                        "PROPERTY_ADDED",
                        "BF",
                        "BF"),
                c(
                        "property added to a partially open model, not covered",
                        STRINGS_A,
                        OBJ_A.replace("}}", "},'b':{'type':'integer'}}") + ",'additionalProperties':{'type':'string'}}",
                        "PROPERTY_ADDED",
                        "-",
                        "-"),
                c(
                        "property added to a partially open model, narrower than its schema",
                        OBJ_A + ",'additionalProperties':{'type':['string','null']}}",
                        OBJ_A.replace("}}", "},'b':{'type':'string'}}")
                                + ",'additionalProperties':{'type':['string','null']}}",
                        "PROPERTY_ADDED",
                        "F",
                        "F"),
                c(
                        "optional property removed from an open model widens; lenient forgives",
                        OBJ_A.replace("}}", "},'b':{'type':'string'}}") + "}",
                        OPEN_A,
                        "PROPERTY_REMOVED",
                        "B",
                        "BF"),
                c(
                        "property removed from a closed model narrows",
                        OBJ_A.replace("}}", "},'b':{'type':'string'}}") + ",'additionalProperties':false}",
                        CLOSED_A,
                        "PROPERTY_REMOVED",
                        "F",
                        "F"),
                c(
                        "forbidden property removed from an open model widens",
                        "{'properties':{'a':false}}",
                        "{}",
                        "PROPERTY_REMOVED",
                        "B",
                        "BF"),
                c(
                        "required property added to an open model: the requirement is never forgiven",
                        OPEN_A,
                        OBJ_A.replace("}}", "},'b':{'type':'string'}},'required':['b']") + "}",
                        "PROPERTY_ADDED,REQUIRED_ADDED",
                        "F",
                        "F"),
                c("required added narrows", OPEN_A, OBJ_A + ",'required':['a']}", "REQUIRED_ADDED", "F", "F"),
                c("required removed widens", OBJ_A + ",'required':['a']}", OPEN_A, "REQUIRED_REMOVED", "B", "B"),
                c("open to closed narrows", OPEN_A, CLOSED_A, "ADDITIONAL_PROPERTIES_NARROWED", "F", "F"),
                c("closed to open widens", CLOSED_A, OPEN_A, "ADDITIONAL_PROPERTIES_WIDENED", "B", "B"),
                c(
                        "additionalProperties schema widened",
                        STRINGS_A,
                        OBJ_A + ",'additionalProperties':{'type':['string','null']}}",
                        "TYPE_WIDENED",
                        "B",
                        "B"),
                c(
                        "patternProperties changed is judged conservatively",
                        "{'patternProperties':{'^x-':{'type':'string'}}}",
                        "{'patternProperties':{'^y-':{'type':'string'}}}",
                        "PATTERN_PROPERTIES_CHANGED",
                        "-",
                        "-"),
                c(
                        "property not covered by a shared pattern added to a closed model widens",
                        "{'patternProperties':{'^x-':{}},'additionalProperties':false}",
                        "{'patternProperties':{'^x-':{}},'additionalProperties':false,'properties':{'id':{'type':'string'}}}",
                        "PROPERTY_ADDED",
                        "B",
                        "B"),
                c(
                        "minProperties added narrows",
                        "{'type':'object'}",
                        "{'type':'object','minProperties':1}",
                        "MIN_PROPERTIES_TIGHTENED",
                        "F",
                        "F"),
                c(
                        "maxProperties raised widens",
                        "{'type':'object','maxProperties':2}",
                        "{'type':'object','maxProperties':3}",
                        "MAX_PROPERTIES_RELAXED",
                        "B",
                        "B"),
                // enum and const
                c("enum lost a value", "{'enum':['EUR','USD']}", "{'enum':['USD']}", "ENUM_NARROWED", "F", "F"),
                c("enum gained a value", "{'enum':['USD']}", "{'enum':['USD','EUR']}", "ENUM_EXTENDED", "B", "B"),
                c("enum values swapped", "{'enum':['USD']}", "{'enum':['EUR']}", "ENUM_CHANGED", "-", "-"),
                c("enum reordered is neutral", "{'enum':['USD','EUR']}", "{'enum':['EUR','USD']}", "", "BF", "BF"),
                c(
                        "enum added narrows",
                        "{'type':'string'}",
                        "{'type':'string','enum':['A']}",
                        "ENUM_NARROWED",
                        "F",
                        "F"),
                c(
                        "enum removed widens",
                        "{'type':'string','enum':['A']}",
                        "{'type':'string'}",
                        "ENUM_EXTENDED",
                        "B",
                        "B"),
                c("const added narrows", "{}", "{'const':1}", "CONST_ADDED", "F", "F"),
                c("const removed widens", "{'const':1}", "{}", "CONST_REMOVED", "B", "B"),
                c("const changed", "{'const':1}", "{'const':2}", "CONST_CHANGED", "-", "-"),
                // numbers
                c(
                        "minimum raised",
                        "{'type':'number','minimum':0}",
                        "{'type':'number','minimum':5}",
                        "MINIMUM_TIGHTENED",
                        "F",
                        "F"),
                c(
                        "minimum lowered",
                        "{'type':'number','minimum':5}",
                        "{'type':'number','minimum':0}",
                        "MINIMUM_RELAXED",
                        "B",
                        "B"),
                c("maximum added", "{'type':'number'}", "{'type':'number','maximum':9}", "MAXIMUM_TIGHTENED", "F", "F"),
                c("maximum removed", "{'type':'number','maximum':9}", "{'type':'number'}", "MAXIMUM_RELAXED", "B", "B"),
                c(
                        "draft-04 exclusiveMinimum true tightens",
                        "{'minimum':0}",
                        "{'minimum':0,'exclusiveMinimum':true}",
                        "MINIMUM_TIGHTENED",
                        "F",
                        "F"),
                c(
                        "2020-12 exclusiveMaximum to maximum relaxes",
                        "{'exclusiveMaximum':10}",
                        "{'maximum':10}",
                        "MAXIMUM_RELAXED",
                        "B",
                        "B"),
                c(
                        "draft-04 and 2020-12 exclusive bounds are the same bound",
                        "{'minimum':5,'exclusiveMinimum':true}",
                        "{'exclusiveMinimum':5}",
                        "",
                        "BF",
                        "BF"),
                c(
                        "multipleOf 2 to 4 tightens",
                        "{'multipleOf':2}",
                        "{'multipleOf':4}",
                        "MULTIPLE_OF_TIGHTENED",
                        "F",
                        "F"),
                c("multipleOf 4 to 2 relaxes", "{'multipleOf':4}", "{'multipleOf':2}", "MULTIPLE_OF_RELAXED", "B", "B"),
                c("multipleOf 2 to 3 changes", "{'multipleOf':2}", "{'multipleOf':3}", "MULTIPLE_OF_CHANGED", "-", "-"),
                // strings
                c(
                        "minLength added",
                        "{'type':'string'}",
                        "{'type':'string','minLength':1}",
                        "MIN_LENGTH_TIGHTENED",
                        "F",
                        "F"),
                c(
                        "maxLength raised",
                        "{'type':'string','maxLength':3}",
                        "{'type':'string','maxLength':5}",
                        "MAX_LENGTH_RELAXED",
                        "B",
                        "B"),
                c("pattern added", "{'type':'string'}", "{'type':'string','pattern':'^a'}", "PATTERN_ADDED", "F", "F"),
                c(
                        "pattern removed",
                        "{'type':'string','pattern':'^a'}",
                        "{'type':'string'}",
                        "PATTERN_REMOVED",
                        "B",
                        "B"),
                c(
                        "pattern changed is judged conservatively",
                        "{'type':'string','pattern':'^a'}",
                        "{'type':'string','pattern':'^a|^b'}",
                        "PATTERN_CHANGED",
                        "-",
                        "-"),
                c("format added", "{'type':'string'}", "{'type':'string','format':'date'}", "FORMAT_ADDED", "F", "F"),
                c(
                        "format removed",
                        "{'type':'string','format':'date'}",
                        "{'type':'string'}",
                        "FORMAT_REMOVED",
                        "B",
                        "B"),
                c(
                        "format changed",
                        "{'type':'string','format':'date'}",
                        "{'type':'string','format':'date-time'}",
                        "FORMAT_CHANGED",
                        "-",
                        "-"),
                c(
                        "numeric format widened int64 to double",
                        "{'type':'number','format':'int64'}",
                        "{'type':'number','format':'double'}",
                        "FORMAT_CHANGED",
                        "B",
                        "B"),
                c(
                        "numeric format narrowed int64 to int32",
                        "{'type':'integer','format':'int64'}",
                        "{'type':'integer','format':'int32'}",
                        "FORMAT_CHANGED",
                        "F",
                        "F"),
                c(
                        "integer/int64 becoming number/double widens",
                        "{'type':'integer','format':'int64'}",
                        "{'type':'number','format':'double'}",
                        "TYPE_WIDENED,FORMAT_CHANGED",
                        "B",
                        "B"),
                c(
                        "numeric format removed",
                        "{'type':'integer','format':'int32'}",
                        "{'type':'integer'}",
                        "FORMAT_REMOVED",
                        "B",
                        "B"),
                // arrays
                c(
                        "minItems raised",
                        "{'type':'array','minItems':1}",
                        "{'type':'array','minItems':2}",
                        "MIN_ITEMS_TIGHTENED",
                        "F",
                        "F"),
                c(
                        "maxItems removed",
                        "{'type':'array','maxItems':1}",
                        "{'type':'array'}",
                        "MAX_ITEMS_RELAXED",
                        "B",
                        "B"),
                c(
                        "uniqueItems added",
                        "{'type':'array'}",
                        "{'type':'array','uniqueItems':true}",
                        "UNIQUE_ITEMS_ADDED",
                        "F",
                        "F"),
                c(
                        "uniqueItems removed",
                        "{'type':'array','uniqueItems':true}",
                        "{'type':'array'}",
                        "UNIQUE_ITEMS_REMOVED",
                        "B",
                        "B"),
                c(
                        "items type changed",
                        "{'type':'array','items':{'type':'string'}}",
                        "{'type':'array','items':{'type':'integer'}}",
                        "TYPE_CHANGED",
                        "-",
                        "-"),
                c(
                        "items schema added narrows",
                        "{'type':'array'}",
                        "{'type':'array','items':{'type':'string'}}",
                        "ITEMS_NARROWED",
                        "F",
                        "F"),
                c(
                        "draft-04 tuple and 2020-12 prefixItems are the same",
                        "{'type':'array','items':[{'type':'string'}],'additionalItems':false}",
                        "{'type':'array','prefixItems':[{'type':'string'}],'items':false}",
                        "",
                        "BF",
                        "BF"),
                c(
                        "closed tuple gains a position",
                        "{'type':'array','prefixItems':[{'type':'string'}],'items':false}",
                        "{'type':'array','prefixItems':[{'type':'string'},{'type':'integer'}],'items':false}",
                        "ITEMS_WIDENED",
                        "B",
                        "B"),
                c(
                        "contains changed is judged conservatively",
                        "{'type':'array','contains':{'type':'string'}}",
                        "{'type':'array','contains':{'type':'integer'}}",
                        "CONTAINS_CHANGED",
                        "-",
                        "-"),
                // combinators
                c(
                        "oneOf branches reordered",
                        "{'oneOf':[{'type':'string'},{'type':'integer'},{'type':'null'}]}",
                        "{'oneOf':[{'type':'null'},{'type':'string'},{'type':'integer'}]}",
                        "",
                        "BF",
                        "BF"),
                c(
                        "disjoint oneOf branch added",
                        DISJOINT,
                        "{'oneOf':[{'type':'null'},{'type':'string'},{'type':'integer'}]}",
                        "BRANCH_ADDED",
                        "B",
                        "B"),
                c(
                        "disjoint oneOf branch removed",
                        DISJOINT,
                        "{'oneOf':[{'type':'integer'}]}",
                        "BRANCH_REMOVED",
                        "F",
                        "F"),
                c(
                        "disjoint oneOf branch widened, reordered",
                        DISJOINT,
                        "{'oneOf':[{'type':'number'},{'type':'string'}]}",
                        "TYPE_WIDENED",
                        "B",
                        "B"),
                c(
                        "discriminated oneOf gains an event kind",
                        "{'oneOf':[" + EVENT.formatted("a", "x") + "," + EVENT.formatted("b", "y") + "]}",
                        "{'oneOf':[" + EVENT.formatted("c", "z") + "," + EVENT.formatted("b", "y") + ","
                                + EVENT.formatted("a", "x") + "]}",
                        "BRANCH_ADDED",
                        "B",
                        "B"),
                c(
                        "overlapping oneOf branch added breaks both ways",
                        "{'oneOf':[{'type':'object','required':['a']},{'type':'object','required':['b']}]}",
                        "{'oneOf':[{'type':'object','required':['a']},{'type':'object','required':['b']},{'type':'object','required':['c']}]}",
                        "BRANCH_ADDED,ONE_OF_EXCLUSIVITY_UNPROVEN",
                        "-",
                        "-"),
                c(
                        "anyOf branch added",
                        "{'anyOf':[{'type':'string'}]}",
                        "{'anyOf':[{'type':'string'},{'minimum':3}]}",
                        "BRANCH_ADDED",
                        "B",
                        "B"),
                c(
                        "anyOf branch removed",
                        "{'anyOf':[{'type':'string'},{'minimum':3}]}",
                        "{'anyOf':[{'minimum':3}]}",
                        "BRANCH_REMOVED",
                        "F",
                        "F"),
                c(
                        "anyOf added where there was none narrows",
                        "{'type':'string'}",
                        "{'type':'string','anyOf':[{'minLength':1},{'pattern':'x'}]}",
                        "COMBINATOR_ADDED",
                        "F",
                        "F"),
                c(
                        "allOf member added narrows",
                        "{'allOf':[{'type':'object'}]}",
                        "{'allOf':[{'type':'object'},{'required':['a']}]}",
                        "CONJUNCT_ADDED",
                        "F",
                        "F"),
                c(
                        "allOf member removed widens",
                        "{'allOf':[{'type':'object'},{'required':['a']}]}",
                        "{'allOf':[{'type':'object'}]}",
                        "CONJUNCT_REMOVED",
                        "B",
                        "B"),
                c(
                        "not of a wider schema narrows",
                        "{'not':{'type':'string'}}",
                        "{'not':{'type':['string','null']}}",
                        "NOT_CHANGED",
                        "F",
                        "F"),
                c(
                        "if/then/else changed is judged conservatively",
                        "{'if':{'required':['a']},'then':{'required':['b']}}",
                        "{'if':{'required':['a']},'then':{'required':['c']}}",
                        "CONDITIONAL_CHANGED",
                        "-",
                        "-"),
                c(
                        "dependentRequired changed is judged conservatively",
                        "{'dependentRequired':{'a':['b']}}",
                        "{'dependentRequired':{'a':['c']}}",
                        "DEPENDENCIES_CHANGED",
                        "-",
                        "-"),
                c(
                        "propertyNames added is judged conservatively",
                        "{'type':'object'}",
                        "{'type':'object','propertyNames':{'maxLength':3}}",
                        "PROPERTY_NAMES_CHANGED",
                        "-",
                        "-"),
                c(
                        "unevaluatedProperties with any change is judged conservatively",
                        "{'properties':{'a':{}},'unevaluatedProperties':false}",
                        "{'properties':{'a':{},'b':{}},'unevaluatedProperties':false}",
                        "PROPERTY_ADDED,UNEVALUATED_CHANGED",
                        "-",
                        "-"),
                // references
                c(
                        "$ref to a definition equals the inlined schema",
                        "{'properties':{'d':{'$ref':'#/definitions/D'}},'definitions':{'D':{'type':'string'}}}",
                        "{'properties':{'d':{'type':'string'}}}",
                        "",
                        "BF",
                        "BF"),
                c(
                        "$defs and definitions resolve alike",
                        "{'properties':{'d':{'$ref':'#/definitions/D'}},'definitions':{'D':{'type':'string'}}}",
                        "{'properties':{'d':{'$ref':'#/$defs/D'}},'$defs':{'D':{'type':['string','null']}}}",
                        "TYPE_WIDENED",
                        "B",
                        "B"),
                c(
                        "recursive definitions unchanged",
                        RECURSIVE.formatted("integer"),
                        RECURSIVE.formatted("integer"),
                        "",
                        "BF",
                        "BF"),
                c(
                        "recursive definitions with a widened member",
                        RECURSIVE.formatted("integer"),
                        RECURSIVE.formatted("number"),
                        "TYPE_WIDENED",
                        "B",
                        "B"),
                c(
                        "root recursion through # with a narrowed member",
                        SELF.formatted("['string','null']"),
                        SELF.formatted("'string'"),
                        "TYPE_NARROWED",
                        "F",
                        "F"),
                c(
                        "unchanged external reference",
                        "{'$ref':'other.json#/X'}",
                        "{'$ref':'other.json#/X'}",
                        "",
                        "BF",
                        "BF"),
                c(
                        "changed external reference",
                        "{'$ref':'other.json#/X'}",
                        "{'$ref':'other.json#/Y'}",
                        "REFERENCE_CHANGED",
                        "-",
                        "-"),
                // boolean schemas
                c(
                        "true to false narrows",
                        "{'properties':{'a':true}}",
                        "{'properties':{'a':false}}",
                        "SCHEMA_NARROWED",
                        "F",
                        "F"),
                c(
                        "false to true widens",
                        "{'properties':{'a':false}}",
                        "{'properties':{'a':true}}",
                        "SCHEMA_WIDENED",
                        "B",
                        "B"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheExpectedKindsAndVerdicts(Case c) {
        var older = json(c.older());
        var newer = json(c.newer());
        List<Difference> differences = SchemaDiff.withDefaults().between(older, newer);
        Set<String> expected = c.kinds().isEmpty()
                ? Set.of()
                : Set.copyOf(Arrays.asList(c.kinds().split(",")));
        assertThat(differences.stream().map(d -> d.kind().name()).collect(Collectors.toSet()))
                .as("%s: %s", c.name(), differences)
                .isEqualTo(expected);

        List<VersionedSchema> previous = List.of(new VersionedSchema("1", older));
        for (CompatibilityPolicy policy : CompatibilityPolicy.values()) {
            String verdict = policy == CompatibilityPolicy.STRICT ? c.strict() : c.lenient();
            boolean backward = verdict.contains("B");
            boolean forward = verdict.contains("F");
            assertThat(CHECKER.check(previous, newer, CompatibilityMode.BACKWARD, policy)
                            .compatible())
                    .as("%s BACKWARD %s %s", c.name(), policy, differences)
                    .isEqualTo(backward);
            assertThat(CHECKER.check(previous, newer, CompatibilityMode.FORWARD, policy)
                            .compatible())
                    .as("%s FORWARD %s %s", c.name(), policy, differences)
                    .isEqualTo(forward);
            assertThat(CHECKER.check(previous, newer, CompatibilityMode.FULL, policy)
                            .compatible())
                    .as("%s FULL %s %s", c.name(), policy, differences)
                    .isEqualTo(backward && forward);
            assertThat(CHECKER.check(previous, newer, CompatibilityMode.NONE, policy)
                            .compatible())
                    .isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void tableHasAtLeastSixtyCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(60);
    }
}
