package dev.bindery.registry.discovery.inference;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Folds one JSON value from a streaming parser into a shape tree, without recursion and without allocating per
 * value (string characters are read in place; field names are Jackson's canonical instances). Containers deeper
 * than {@link InferenceRules#MAX_DEPTH} are counted, flagged and skipped by the parser's iterative
 * {@code skipChildren()}. Confined to its accumulator's thread: the stacks are reused between events.
 */
final class EventFolder {

    private ShapeNode[] stack = new ShapeNode[32];
    private boolean[] isArray = new boolean[32];

    /**
     * Reads exactly one value (the parser must be positioned before it) and folds it into {@code root}.
     *
     * @throws IOException when the parser does (malformed JSON, a constraint violated)
     */
    void fold(ShapeNode root, JsonParser p, long time) throws IOException {
        JsonToken token = p.nextToken();
        if (token == null) {
            throw new InvalidEventException("event is empty: no JSON value");
        }
        ShapeNode target = root;
        int depth = 0;
        while (true) {
            if (depth > 0 && isArray[depth - 1] && token != JsonToken.END_ARRAY) {
                target = stack[depth - 1].items();
            }
            switch (token) {
                case FIELD_NAME:
                    target = stack[depth - 1].property(p.currentName());
                    break;
                case START_OBJECT:
                case START_ARRAY:
                    boolean array = token == JsonToken.START_ARRAY;
                    if (array) {
                        target.arrays++;
                    } else {
                        target.objects++;
                    }
                    target.seenAt(time);
                    if (depth >= InferenceRules.MAX_DEPTH) {
                        target.truncated = true;
                        p.skipChildren();
                        if (depth == 0) {
                            return;
                        }
                    } else {
                        push(depth++, target, array);
                    }
                    break;
                case END_OBJECT:
                case END_ARRAY:
                    if (--depth == 0) {
                        return;
                    }
                    break;
                case VALUE_STRING:
                    target.observeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    target.seenAt(time);
                    break;
                case VALUE_NUMBER_INT:
                    target.integers++;
                    if (!target.integerBeyondInt64 && isBeyondInt64(p)) {
                        target.integerBeyondInt64 = true;
                    }
                    target.seenAt(time);
                    break;
                case VALUE_NUMBER_FLOAT:
                    target.numbers++;
                    if (!target.numberBeyondDouble && isBeyondDouble(p)) {
                        target.numberBeyondDouble = true;
                    }
                    target.seenAt(time);
                    break;
                case VALUE_TRUE:
                case VALUE_FALSE:
                    target.booleans++;
                    target.seenAt(time);
                    break;
                case VALUE_NULL:
                    target.nulls++;
                    target.seenAt(time);
                    break;
                default:
                    throw new InvalidEventException("unexpected JSON token " + token);
            }
            if (depth == 0) {
                return;
            }
            token = p.nextToken();
            if (token == null) {
                throw new InvalidEventException("event ends inside an object or array");
            }
        }
    }

    private void push(int depth, ShapeNode node, boolean array) {
        if (depth == stack.length) {
            stack = java.util.Arrays.copyOf(stack, depth * 2);
            isArray = java.util.Arrays.copyOf(isArray, depth * 2);
        }
        stack[depth] = node;
        isArray[depth] = array;
    }

    /** Cheap first: fewer than 19 digits always fit in a {@code long}. */
    private static boolean isBeyondInt64(JsonParser p) throws IOException {
        if (p.getTextLength() < 19) {
            return false;
        }
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
    }

    /** Cheap first: only long literals or ones with an exponent can overflow a {@code double}. */
    private static boolean isBeyondDouble(JsonParser p) throws IOException {
        int len = p.getTextLength();
        if (len <= 24) {
            char[] b = p.getTextCharacters();
            int off = p.getTextOffset();
            boolean exponent = false;
            for (int i = off; i < off + len; i++) {
                char c = b[i];
                if (c == 'e' || c == 'E') {
                    exponent = true;
                    break;
                }
            }
            if (!exponent) {
                return false;
            }
        }
        return Double.isInfinite(p.getDoubleValue());
    }
}
