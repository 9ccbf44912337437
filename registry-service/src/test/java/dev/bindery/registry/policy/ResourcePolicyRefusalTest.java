package dev.bindery.registry.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResourcePolicyRefusalTest {

    private static final String VALID =
            "'Effect':'Allow','Principal':'*','Action':'schemas:DescribeSchema','Resource':'*'";
    private static final String NO_PRINCIPAL = "'Effect':'Allow','Action':'schemas:DescribeSchema','Resource':'*'";

    /** A policy whose second statement is a valid one with {@code members} added. */
    private static String second(String members) {
        return json("{'Version':'2012-10-17','Statement':[{" + VALID + "},{" + VALID + "," + members + "}]}");
    }

    /** A policy of one statement of exactly {@code members}. */
    private static String only(String members) {
        return json("{'Statement':[{" + members + "}]}");
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                // elements outside the subset
                arguments(
                        second("'Condition':{'Bool':{'aws:SecureTransport':'true'}}"),
                        "Statement[1].Condition is not supported"),
                arguments(second("'NotAction':'schemas:DeleteSchema'"), "Statement[1].NotAction is not supported"),
                arguments(
                        only("'Effect':'Deny','NotPrincipal':{'AWS':'111122223333'},'Action':'*','Resource':'*'"),
                        "Statement[0].NotPrincipal is not supported"),
                arguments(second("'NotResource':'*'"), "Statement[1].NotResource is not supported"),
                arguments(second("'Principals':'*'"), "Statement[1].Principals is not an element of a statement"),
                arguments(
                        json("{'Statement':{" + VALID + "},'Comment':'x'}"),
                        "Comment is not an element of a policy document"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':{'Service':'events.amazonaws.com'}"),
                        "Statement[0].Principal.Service is not supported"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':{'Federated':'cognito-identity.amazonaws.com'}"),
                        "Statement[0].Principal.Federated is not supported"),
                arguments(
                        only(NO_PRINCIPAL
                                + ",'Principal':{'AWS':'*','CanonicalUser':'79a59df900b949e55d96a1e698fbaced'}"),
                        "Statement[0].Principal.CanonicalUser is not supported"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':{'aws':'*'}"),
                        "Statement[0].Principal.aws is not a principal type"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':{'AWS':'arn:aws:iam::111122223333:role/admin'}"),
                        "Statement[0].Principal.AWS \"arn:aws:iam::111122223333:role/admin\" is not supported"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':{'AWS':['111122223333','arn:aws:iam::111122223333:user/*']}"),
                        "Statement[0].Principal.AWS[1] \"arn:aws:iam::111122223333:user/*\" has a wildcard"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':{'AWS':'11112222333'}"),
                        "Statement[0].Principal.AWS \"11112222333\" is not supported"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':'alice'"),
                        "Statement[0].Principal must be \"*\" or an object with an AWS member"),
                arguments(
                        only(VALID.replace("'schemas:DescribeSchema'", "'DescribeSchema'")),
                        "Statement[0].Action \"DescribeSchema\" is not an action"),
                arguments(
                        only(VALID.replace("'Resource':'*'", "'Resource':['orders']")),
                        "Statement[0].Resource[0] \"orders\" is not an ARN"),
                arguments(
                        only(VALID.replace(
                                "'Resource':'*'",
                                "'Resource':'arn:aws:schemas:us-east-1:111122223333:schema/${aws:username}/*'")),
                        "Statement[0].Resource \"arn:aws:schemas:us-east-1:111122223333:schema/${aws:username}/*\" uses a policy variable"),
                // required members and values
                arguments(only(NO_PRINCIPAL), "Statement[0].Principal is required"),
                arguments(only(NO_PRINCIPAL + ",'Principal':{}"), "Statement[0].Principal must have an AWS member"),
                arguments(only(VALID.replace("'Effect':'Allow',", "")), "Statement[0].Effect is required"),
                arguments(
                        only(VALID.replace("'Allow'", "'allow'")), "Statement[0].Effect must be \"Allow\" or \"Deny\""),
                arguments(
                        only(VALID.replace("'Allow'", "'Permit'")),
                        "Statement[0].Effect must be \"Allow\" or \"Deny\""),
                arguments(
                        only(VALID.replace(",'Action':'schemas:DescribeSchema'", "")),
                        "Statement[0].Action is required"),
                arguments(only(VALID.replace(",'Resource':'*'", "")), "Statement[0].Resource is required"),
                arguments(json("{'Version':'2012-10-17'}"), "Statement is required"),
                arguments(json("{'Version':'2012-10-17','Statement':[]}"), "Statement must not be empty"),
                arguments(
                        json("{'Version':'2020-01-01','Statement':{" + VALID + "}}"),
                        "Version must be \"2012-10-17\" or \"2008-10-17\""),
                arguments(
                        json("{'Statement':[{'Sid':'A'," + VALID + "},{'Sid':'A'," + VALID + "}]}"),
                        "Statement[1].Sid \"A\" is also the Sid of Statement[0]"),
                // wrong JSON types
                arguments(json("['Statement']"), "Policy must be a JSON object (an IAM policy document), not an array"),
                arguments(
                        json("{'Version':20121017,'Statement':{" + VALID + "}}"),
                        "Version must be a string, not a number"),
                arguments(json("{'Id':{},'Statement':{" + VALID + "}}"), "Id must be a string, not an object"),
                arguments(
                        json("{'Statement':'Allow'}"),
                        "Statement must be an object or an array of objects, not a string"),
                arguments(
                        json("{'Statement':[{" + VALID + "},true]}"), "Statement[1] must be an object, not a boolean"),
                arguments(second("'Sid':null"), "Statement[1].Sid must be a string, not null"),
                arguments(
                        only(VALID.replace("'Allow'", "true")), "Statement[0].Effect must be a string, not a boolean"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':['*']"),
                        "Statement[0].Principal must be \"*\" or an object with an AWS member, not an array"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':{'AWS':111122223333}"),
                        "Statement[0].Principal.AWS must be a string or an array of strings, not a number"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':{'AWS':[]}"),
                        "Statement[0].Principal.AWS must not be an empty array"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':{'AWS':[111122223333]}"),
                        "Statement[0].Principal.AWS[0] must be a string, not a number"),
                arguments(
                        only(VALID.replace("'schemas:DescribeSchema'", "{'schemas':'DescribeSchema'}")),
                        "Statement[0].Action must be a string or an array of strings, not an object"),
                arguments(
                        only(VALID.replace("'schemas:DescribeSchema'", "[]")),
                        "Statement[0].Action must not be an empty array"),
                arguments(
                        only(VALID.replace("'Resource':'*'", "'Resource':['*',null]")),
                        "Statement[0].Resource[1] must be a string, not null"),
                // what the JSON parser refuses
                arguments(
                        json("{'Version':'2012-10-17','Version':'2008-10-17','Statement':{" + VALID + "}}"),
                        "Version appears twice"),
                arguments(
                        json("{'Statement':[{" + VALID + "},{" + VALID + ",'Effect':'Deny'}]}"),
                        "Statement[1].Effect appears twice"),
                arguments(
                        only(NO_PRINCIPAL + ",'Principal':{'AWS':'111122223333','AWS':'*'}"),
                        "Statement[0].Principal.AWS appears twice"),
                arguments(
                        json("{'Statement':{" + VALID + "}} trailing"),
                        "Policy has text after its JSON document at line 1, column"),
                arguments(
                        json("{'Statement':{" + VALID + "}}\n{'Statement':[]}"),
                        "Policy has text after its JSON document at line 2, column 1"),
                arguments("{\"Statement\":", "Policy is not valid JSON at line 1"),
                arguments("   ", "Policy is empty"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusals")
    void refusesNamingTheElement(String policy, String messageStart) {
        assertThatThrownBy(() -> ResourcePolicy.parse(policy))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith(messageStart);
    }

    @Test
    void aConditionIsRefusedWithTheWholeReason() {
        assertThatThrownBy(
                        () -> ResourcePolicy.parse(second("'Condition':{'IpAddress':{'aws:SourceIp':'10.0.0.0/8'}}")))
                .hasMessage(
                        "Statement[1].Condition is not supported: Bindery enforces Effect, Principal, Action and Resource only.");
    }
}
