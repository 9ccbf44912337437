package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A pathological schema shared by the limit tests and the benchmark: {@code properties} flat properties, a chain
 * {@code depth} objects deep, a oneOf of {@code branches} discriminated objects, and a recursive tree definition.
 * {@code mutated} changes a few things deep inside (a type at the bottom of the chain, one branch, a property).
 */
final class Pathological {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Pathological() {}

    static JsonNode schema(int properties, int depth, int branches, boolean mutated) {
        ObjectNode root = NODES.objectNode().put("type", "object");
        ObjectNode props = root.putObject("properties");
        for (int i = 0; i < properties; i++) {
            ObjectNode p = props.putObject("p" + i);
            switch (i % 4) {
                case 0 -> p.put("type", "string").put("maxLength", mutated && i == 400 ? 20 : 10);
                case 1 -> p.put("type", "integer").put("minimum", 0);
                case 2 -> p.putArray("type").add("number").add("null");
                default -> p.put("type", "string").putArray("enum").add("A").add("B");
            }
        }
        ObjectNode chain = props.putObject("deep");
        for (int i = 0; i < depth; i++) {
            chain = chain.put("type", "object").putObject("properties").putObject("next");
        }
        chain.put("type", mutated ? "number" : "integer");
        ArrayNode oneOf = props.putObject("event").putArray("oneOf");
        for (int i = 0; i < branches; i++) {
            ObjectNode branch = oneOf.addObject().put("type", "object");
            branch.putArray("required").add("kind");
            ObjectNode bp = branch.putObject("properties");
            bp.putObject("kind").put("const", "k" + i);
            bp.putObject("v" + i).put("type", mutated && i == branches / 2 ? "number" : "integer");
        }
        props.putObject("tree").put("$ref", "#/$defs/node");
        ObjectNode node = root.putObject("$defs").putObject("node").put("type", "object");
        ObjectNode nodeProps = node.putObject("properties");
        nodeProps.putObject("label").put("type", "string");
        nodeProps.putObject("children").put("type", "array").putObject("items").put("$ref", "#/$defs/node");
        nodeProps.putObject("left").put("$ref", "#/$defs/node");
        return root;
    }
}
