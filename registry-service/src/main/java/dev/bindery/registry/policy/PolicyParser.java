package dev.bindery.registry.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.bindery.codegen.json.JsonMappers;
import dev.bindery.registry.error.JsonProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a policy document into a {@link ResourcePolicy}, refusing everything outside the subset
 * with an {@link InvalidPolicyException} that names the element and its place
 * ({@code Statement[1].Principal.AWS[0]}). Duplicate keys and text after the document are refused
 * too: IAM would read such a document differently from what its author sees.
 */
final class PolicyParser {

    /** Text after the document is looked for here, to name where it starts. */
    private static final ObjectReader READER =
            JsonMappers.strict().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
    private static final Set<String> DOCUMENT_ELEMENTS = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_ELEMENTS = Set.of("Sid", "Effect", "Principal", "Action", "Resource");
    private static final Set<String> UNSUPPORTED_STATEMENT_ELEMENTS =
            Set.of("Condition", "NotAction", "NotPrincipal", "NotResource");
    private static final Set<String> UNSUPPORTED_PRINCIPAL_TYPES = Set.of("Service", "Federated", "CanonicalUser");

    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
    private static final Pattern ROOT = Pattern.compile("arn:aws:iam::([0-9]{12}):root");
    private static final Pattern USER = Pattern.compile("arn:aws:iam::[0-9]{12}:user/[^\\s*?]*[^\\s*?/]");
    private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9-]+:[A-Za-z0-9*?]+");
    private static final Pattern ARN = Pattern.compile("arn:[^:]*:[^:]*:[^:]*:[^:]*:.+");

    private PolicyParser() {}

    static ResourcePolicy parse(String json) {
        return document(read(json));
    }

    private static JsonNode read(String json) {
        try (JsonParser parser = READER.createParser(json)) {
            JsonNode root;
            try {
                root = READER.readTree(parser);
            } catch (JsonProcessingException e) {
                throw notJson(e);
            }
            if (root == null) {
                throw invalid("Policy is empty: it must be a JSON object (an IAM policy document).");
            }
            JsonLocation trailing;
            try {
                trailing = parser.nextToken() == null ? null : parser.currentTokenLocation();
            } catch (JsonProcessingException e) {
                trailing = e.getLocation();
            }
            if (trailing != null) {
                throw invalid(
                        "Policy has text after its JSON document at line %d, column %d: a policy is one JSON object.",
                        trailing.getLineNr(), trailing.getColumnNr());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does no I/O
        }
    }

    private static InvalidPolicyException notJson(JsonProcessingException e) {
        String reason = JsonProblems.reason(e);
        if (reason.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
            return invalid(
                    "%s appears twice: duplicate keys are refused, as readers disagree on which one counts.",
                    path(parser.getParsingContext()));
        }
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return invalid("Policy is not valid JSON: %s.", reason);
        }
        return invalid(
                "Policy is not valid JSON at line %d, column %d: %s.",
                location.getLineNr(), location.getColumnNr(), reason);
    }

    /** {@code Statement[1].Principal.AWS} for the place a parser is at. */
    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static ResourcePolicy document(JsonNode root) {
        if (!root.isObject()) {
            throw invalid("Policy must be a JSON object (an IAM policy document), not %s.", kind(root));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!DOCUMENT_ELEMENTS.contains(name)) {
                throw invalid(
                        "%s is not an element of a policy document: a policy has Version, Id and Statement.", name);
            }
        }
        String version = optionalString(root, "Version", "Version");
        if (version != null && !VERSIONS.contains(version)) {
            throw invalid("Version must be \"2012-10-17\" or \"2008-10-17\", not %s.", quote(version));
        }
        String id = optionalString(root, "Id", "Id");
        JsonNode statement = root.get("Statement");
        if (statement == null) {
            throw invalid("Statement is required: a policy has at least one statement.");
        }
        List<Statement> statements = new ArrayList<>();
        if (statement.isObject()) {
            statements.add(statement(statement, "Statement"));
        } else if (statement.isArray()) {
            if (statement.isEmpty()) {
                throw invalid("Statement must not be empty: a policy has at least one statement.");
            }
            for (int i = 0; i < statement.size(); i++) {
                JsonNode element = statement.get(i);
                if (!element.isObject()) {
                    throw invalid("Statement[%d] must be an object, not %s.", i, kind(element));
                }
                statements.add(statement(element, "Statement[" + i + "]"));
            }
        } else {
            throw invalid("Statement must be an object or an array of objects, not %s.", kind(statement));
        }
        requireUniqueSids(statements);
        return new ResourcePolicy(version, id, statements);
    }

    private static Statement statement(JsonNode node, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (UNSUPPORTED_STATEMENT_ELEMENTS.contains(name)) {
                throw invalid(
                        "%s.%s is not supported: Bindery enforces Effect, Principal, Action and Resource only.",
                        where, name);
            }
            if (!STATEMENT_ELEMENTS.contains(name)) {
                throw invalid(
                        "%s.%s is not an element of a statement: a statement has Sid, Effect, Principal, Action and Resource.",
                        where, name);
            }
        }
        String sid = optionalString(node, "Sid", where + ".Sid");
        StatementEffect effect = effect(required(node, "Effect", where), where + ".Effect");
        List<PolicyPrincipal> principals = principals(required(node, "Principal", where), where + ".Principal");
        List<String> actions = list(required(node, "Action", where), where + ".Action", PolicyParser::action);
        List<String> resources = list(required(node, "Resource", where), where + ".Resource", PolicyParser::resource);
        return new Statement(sid, effect, principals, actions, resources);
    }

    private static void requireUniqueSids(List<Statement> statements) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            String sid = statements.get(i).sid();
            if (sid == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(sid, i);
            if (first != null) {
                throw invalid(
                        "Statement[%d].Sid %s is also the Sid of Statement[%d]: Sids must be unique in a policy.",
                        i, quote(sid), first);
            }
        }
    }

    private static StatementEffect effect(JsonNode node, String where) {
        String value = string(node, where);
        for (StatementEffect effect : StatementEffect.values()) {
            if (effect.wireName().equals(value)) {
                return effect;
            }
        }
        throw invalid("%s must be \"Allow\" or \"Deny\" (with that case), not %s.", where, quote(value));
    }

    private static List<PolicyPrincipal> principals(JsonNode node, String where) {
        if (node.isTextual()) {
            if (node.asText().equals("*")) {
                return List.of(new PolicyPrincipal.Anyone());
            }
            throw invalid("%s must be \"*\" or an object with an AWS member, not %s.", where, quote(node.asText()));
        }
        if (!node.isObject()) {
            throw invalid("%s must be \"*\" or an object with an AWS member, not %s.", where, kind(node));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (UNSUPPORTED_PRINCIPAL_TYPES.contains(name)) {
                throw invalid(
                        "%s.%s is not supported: Bindery's callers are AWS principals (accounts and IAM users).",
                        where, name);
            }
            if (!name.equals("AWS")) {
                throw invalid("%s.%s is not a principal type: Bindery accepts AWS only.", where, name);
            }
        }
        JsonNode aws = node.get("AWS");
        if (aws == null) {
            throw invalid("%s must have an AWS member.", where);
        }
        return list(aws, where + ".AWS", PolicyParser::awsPrincipal);
    }

    private static PolicyPrincipal awsPrincipal(String value, String where) {
        if (value.equals("*")) {
            return new PolicyPrincipal.Anyone();
        }
        if (value.indexOf('*') >= 0 || value.indexOf('?') >= 0) {
            throw invalid(
                    "%s %s has a wildcard: IAM allows a wildcard in a principal only as \"*\" on its own.",
                    where, quote(value));
        }
        if (ACCOUNT.matcher(value).matches()) {
            return new PolicyPrincipal.Account(value);
        }
        Matcher root = ROOT.matcher(value);
        if (root.matches()) {
            return new PolicyPrincipal.Account(root.group(1));
        }
        if (USER.matcher(value).matches()) {
            return new PolicyPrincipal.User(value);
        }
        throw invalid(
                "%s %s is not supported: an AWS principal is \"*\", a 12-digit account id, "
                        + "arn:aws:iam::<account>:root or arn:aws:iam::<account>:user/<name>.",
                where, quote(value));
    }

    private static String action(String value, String where) {
        if (value.equals("*") || ACTION.matcher(value).matches()) {
            return value;
        }
        throw invalid(
                "%s %s is not an action: write service:Action (schemas:DescribeSchema, schemas:Describe*, "
                        + "schemas:*) or \"*\".",
                where, quote(value));
    }

    private static String resource(String value, String where) {
        if (value.contains("${")) {
            throw invalid(
                    "%s %s uses a policy variable: Bindery does not substitute ${…}; write the ARN out.",
                    where, quote(value));
        }
        if (value.equals("*") || ARN.matcher(value).matches()) {
            return value;
        }
        throw invalid(
                "%s %s is not an ARN: write arn:aws:schemas:<region>:<account>:registry/<registry>, "
                        + "…:schema/<registry>/<schema>, a pattern of one with * and ?, or \"*\".",
                where, quote(value));
    }

    /** One string or a non-empty array of strings, each read by {@code each(value, where)}. */
    private static <T> List<T> list(JsonNode node, String where, BiFunction<String, String, T> each) {
        if (node.isTextual()) {
            return List.of(each.apply(node.asText(), where));
        }
        if (!node.isArray()) {
            throw invalid("%s must be a string or an array of strings, not %s.", where, kind(node));
        }
        if (node.isEmpty()) {
            throw invalid("%s must not be an empty array.", where);
        }
        List<T> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            values.add(each.apply(string(node.get(i), where + "[" + i + "]"), where + "[" + i + "]"));
        }
        return values;
    }

    private static JsonNode required(JsonNode statement, String name, String where) {
        JsonNode value = statement.get(name);
        if (value == null) {
            throw invalid("%s.%s is required.", where, name);
        }
        return value;
    }

    private static String optionalString(JsonNode object, String name, String where) {
        JsonNode value = object.get(name);
        return value == null ? null : string(value, where);
    }

    private static String string(JsonNode node, String where) {
        if (!node.isTextual()) {
            throw invalid("%s must be a string, not %s.", where, kind(node));
        }
        return node.asText();
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    /** The value in quotes, shortened if long: it is the author's input, echoed back. */
    private static String quote(String value) {
        return "\"" + (value.length() <= 100 ? value : value.substring(0, 100) + "…") + "\"";
    }

    private static InvalidPolicyException invalid(String format, Object... args) {
        return new InvalidPolicyException(String.format(format, args));
    }
}
