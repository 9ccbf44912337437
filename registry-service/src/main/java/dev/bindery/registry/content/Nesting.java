package dev.bindery.registry.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;

/** The nesting depth of a JSON tree, measured without recursion. */
final class Nesting {

    private Nesting() {}

    /** 1 for a scalar or an empty container; each level of objects or arrays adds one. */
    static int depth(JsonNode root) {
        record Level(JsonNode node, int depth) {}
        int deepest = 0;
        Deque<Level> pending = new ArrayDeque<>();
        pending.push(new Level(root, 1));
        while (!pending.isEmpty()) {
            Level level = pending.pop();
            deepest = Math.max(deepest, level.depth());
            if (level.node().isContainerNode()) {
                level.node().forEach(child -> pending.push(new Level(child, level.depth() + 1)));
            }
        }
        return deepest;
    }
}
