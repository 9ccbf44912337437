package dev.bindery.registry.discovery.inference;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;

/**
 * Folds one JSON value from a streaming parser into a shape tree, atomically, without recursion and with almost no
 * allocation per value. Confined to its accumulator's thread: its buffers are reused between events.
 *
 * <p>Two phases. While the parser reads, every observation is written to a journal (target node, kind, the string
 * format mask it leaves, a new distinct string if any); the only change made to the tree is adding empty nodes for
 * new keys and array items, and those are remembered. If the parser fails — malformed JSON, trailing content, a
 * constraint — the new nodes are removed and nothing else has changed, so a bad event leaves the shape as it was.
 * Only when the whole value has been read is the journal applied. This costs far less than a separate validation
 * pass over the bytes.
 *
 * <p>Containers deeper than {@link InferenceRules#MAX_DEPTH} are counted and flagged, and their content skipped by
 * the parser's iterative {@code skipChildren()}.
 */
final class EventFolder {

    private static final byte NULL = 0;
    private static final byte BOOLEAN = 1;
    private static final byte INTEGER = 2;
    private static final byte INTEGER_BEYOND_INT64 = 3;
    private static final byte NUMBER = 4;
    private static final byte NUMBER_BEYOND_DOUBLE = 5;
    private static final byte STRING = 6;
    private static final byte STRING_LONG = 7;
    private static final byte OBJECT = 8;
    private static final byte ARRAY = 9;
    private static final byte OBJECT_TRUNCATED = 10;
    private static final byte ARRAY_TRUNCATED = 11;

    private ShapeNode[] stack = new ShapeNode[32];
    private boolean[] isArray = new boolean[32];
    /** Per open object, a serial unique over this folder's lifetime (for the duplicate-key check). */
    private long[] objectSerial = new long[32];

    private long nextObjectSerial;

    /** Characters of an envelope member's text, for the string journal. */
    private char[] chars = new char[64];

    private ShapeNode[] opNode = new ShapeNode[64];
    private byte[] opKind = new byte[64];
    private int[] opFormats = new int[64];
    private String[] opValue = new String[64];
    private int ops;

    /** Nodes added during the current event: parent and key ({@code null} key: the parent's items node). */
    private ShapeNode[] addedParent = new ShapeNode[16];

    private String[] addedKey = new String[16];
    private int added;

    /**
     * Reads exactly one value (the parser positioned before it, nothing after it) and folds it into {@code root}.
     * On any failure the tree is left as it was.
     *
     * @throws IOException when the parser fails (malformed JSON, a constraint violated)
     * @throws InvalidEventException when the input is empty, repeats a key in an object, or has content after the
     *     value
     */
    void fold(ShapeNode root, JsonParser p, long time) throws IOException {
        ops = 0;
        added = 0;
        boolean applied = false;
        try {
            journal(root, p, 0);
            end(p);
            apply(time);
            applied = true;
        } finally {
            finish(applied);
        }
    }

    /**
     * Folds an envelope given as its members and a parser over its detail, exactly as {@link #fold} folds the
     * envelope's JSON ({@code version}, {@code id}, {@code detail-type}, {@code source}, {@code account},
     * {@code time}, {@code region}, {@code resources}, {@code detail}, in that order), without the envelope's bytes
     * being assembled and read again. On any failure the tree is left as it was.
     *
     * @throws IOException when the parser fails
     * @throws InvalidEventException as {@link #fold} throws it for the detail
     */
    void foldEnvelope(ShapeNode root, EnvelopeMembers envelope, JsonParser detail, long time) throws IOException {
        ops = 0;
        added = 0;
        boolean applied = false;
        try {
            record(root, OBJECT, 0, null);
            push(0, root, false);
            long serial = objectSerial[0];
            string(property(root, "version", serial), "0");
            string(property(root, "id", serial), envelope.id());
            string(property(root, "detail-type", serial), envelope.detailType());
            string(property(root, "source", serial), envelope.source());
            string(property(root, "account", serial), envelope.account());
            string(property(root, "time", serial), envelope.time());
            string(property(root, "region", serial), envelope.region());
            ShapeNode resources = property(root, "resources", serial);
            record(resources, ARRAY, 0, null);
            for (String resource : envelope.resources()) {
                string(items(resources), resource);
            }
            journal(property(root, "detail", serial), detail, 1);
            end(detail);
            apply(time);
            applied = true;
        } finally {
            finish(applied);
        }
    }

    private static void end(JsonParser p) throws IOException {
        if (p.nextToken() != null) {
            throw new InvalidEventException("event has content after its JSON value");
        }
    }

    private void finish(boolean applied) {
        if (!applied) {
            rollback();
        }
        Arrays.fill(opValue, 0, ops, null);
        Arrays.fill(addedParent, 0, added, null);
        Arrays.fill(addedKey, 0, added, null);
    }

    /**
     * Journals one value read from the parser into {@code root}, which sits at {@code base} levels of nesting (the
     * open containers above it already on the stack).
     */
    private void journal(ShapeNode root, JsonParser p, int base) throws IOException {
        JsonToken token = p.nextToken();
        if (token == null) {
            throw new InvalidEventException("event is empty: no JSON value");
        }
        ShapeNode target = root;
        int depth = base;
        while (true) {
            if (depth > 0 && isArray[depth - 1] && token != JsonToken.END_ARRAY) {
                target = items(stack[depth - 1]);
            }
            switch (token) {
                case FIELD_NAME:
                    target = property(stack[depth - 1], p.currentName(), objectSerial[depth - 1]);
                    break;
                case START_OBJECT:
                case START_ARRAY:
                    boolean array = token == JsonToken.START_ARRAY;
                    if (depth >= InferenceRules.MAX_DEPTH) {
                        record(target, array ? ARRAY_TRUNCATED : OBJECT_TRUNCATED, 0, null);
                        p.skipChildren();
                    } else {
                        record(target, array ? ARRAY : OBJECT, 0, null);
                        push(depth++, target, array);
                    }
                    break;
                case END_OBJECT:
                case END_ARRAY:
                    depth--;
                    break;
                case VALUE_STRING:
                    string(target, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    break;
                case VALUE_NUMBER_INT:
                    record(target, isBeyondInt64(p) ? INTEGER_BEYOND_INT64 : INTEGER, 0, null);
                    break;
                case VALUE_NUMBER_FLOAT:
                    record(target, isBeyondDouble(p) ? NUMBER_BEYOND_DOUBLE : NUMBER, 0, null);
                    break;
                case VALUE_TRUE:
                case VALUE_FALSE:
                    record(target, BOOLEAN, 0, null);
                    break;
                case VALUE_NULL:
                    record(target, NULL, 0, null);
                    break;
                default:
                    throw new InvalidEventException("unexpected JSON token " + token);
            }
            if (depth == base) {
                return;
            }
            token = p.nextToken();
            if (token == null) {
                throw new InvalidEventException("event ends inside an object or array");
            }
        }
    }

    /** Journals a string given as text. */
    private void string(ShapeNode target, String value) {
        int len = value.length();
        if (chars.length < len) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        value.getChars(0, len, chars, 0);
        string(target, chars, 0, len);
    }

    /** Journals a string: the formats it still matches and, if it is a new distinct value, the value. */
    private void string(ShapeNode target, char[] b, int off, int len) {
        int formats = target.formats == 0 ? 0 : StringFormats.match(b, off, len, target.formats);
        StringValues values = target.values;
        if (len > StringValues.MAX_LENGTH) {
            record(target, values != null && values.saturated() ? STRING : STRING_LONG, formats, null);
        } else if (values == null || !(values.saturated() || values.contains(b, off, len))) {
            record(target, STRING, formats, new String(b, off, len));
        } else {
            record(target, STRING, formats, null);
        }
    }

    private void apply(long time) {
        for (int i = 0; i < ops; i++) {
            ShapeNode n = opNode[i];
            switch (opKind[i]) {
                case NULL -> n.nulls++;
                case BOOLEAN -> n.booleans++;
                case INTEGER -> n.integers++;
                case INTEGER_BEYOND_INT64 -> {
                    n.integers++;
                    n.integerBeyondInt64 = true;
                }
                case NUMBER -> n.numbers++;
                case NUMBER_BEYOND_DOUBLE -> {
                    n.numbers++;
                    n.numberBeyondDouble = true;
                }
                case STRING, STRING_LONG -> {
                    n.strings++;
                    n.formats &= opFormats[i];
                    if (n.values == null) {
                        n.values = new StringValues();
                    }
                    if (opKind[i] == STRING_LONG) {
                        n.values.saturate();
                    } else if (opValue[i] != null) {
                        n.values.add(opValue[i]);
                    }
                }
                case OBJECT -> n.objects++;
                case ARRAY -> n.arrays++;
                case OBJECT_TRUNCATED -> {
                    n.objects++;
                    n.truncated = true;
                }
                case ARRAY_TRUNCATED -> {
                    n.arrays++;
                    n.truncated = true;
                }
                default -> throw new IllegalStateException("journal kind " + opKind[i]);
            }
            n.seenAt(time);
        }
        for (int i = 0; i < added; i++) {
            ShapeNode parent = addedParent[i];
            if (parent.properties != null && parent.properties.size() > InferenceRules.MAX_PROPERTIES) {
                parent.switchToMapMode();
            }
        }
    }

    private void rollback() {
        for (int i = added - 1; i >= 0; i--) {
            ShapeNode parent = addedParent[i];
            if (addedKey[i] == null) {
                parent.items = null;
            } else {
                parent.properties.remove(addedKey[i]);
            }
        }
    }

    /**
     * The node for a key. A key repeated within one object is rejected: counting it twice would break "present in
     * every object", and JSON parsers disagree on which occurrence wins.
     */
    private ShapeNode property(ShapeNode parent, String key, long serial) {
        if (parent.mapValues != null) {
            return parent.mapValues;
        }
        if (parent.properties == null) {
            parent.properties = new HashMap<>();
        }
        ShapeNode child = parent.properties.get(key);
        if (child == null) {
            child = new ShapeNode();
            parent.properties.put(key, child);
            remember(parent, key);
        } else if (child.lastObjectSerial == serial) {
            throw new InvalidEventException("event repeats the key \"" + key + "\" in one object");
        }
        child.lastObjectSerial = serial;
        return child;
    }

    private ShapeNode items(ShapeNode parent) {
        ShapeNode items = parent.items;
        if (items == null) {
            items = new ShapeNode();
            parent.items = items;
            remember(parent, null);
        }
        return items;
    }

    private void remember(ShapeNode parent, String key) {
        if (added == addedParent.length) {
            addedParent = Arrays.copyOf(addedParent, added * 2);
            addedKey = Arrays.copyOf(addedKey, added * 2);
        }
        addedParent[added] = parent;
        addedKey[added] = key;
        added++;
    }

    private void record(ShapeNode node, byte kind, int formats, String value) {
        if (ops == opNode.length) {
            int size = ops * 2;
            opNode = Arrays.copyOf(opNode, size);
            opKind = Arrays.copyOf(opKind, size);
            opFormats = Arrays.copyOf(opFormats, size);
            opValue = Arrays.copyOf(opValue, size);
        }
        opNode[ops] = node;
        opKind[ops] = kind;
        opFormats[ops] = formats;
        opValue[ops] = value;
        ops++;
    }

    private void push(int depth, ShapeNode node, boolean array) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
            isArray = Arrays.copyOf(isArray, depth * 2);
            objectSerial = Arrays.copyOf(objectSerial, depth * 2);
        }
        stack[depth] = node;
        isArray[depth] = array;
        objectSerial[depth] = nextObjectSerial++;
    }

    /** Cheap first: fewer than 19 characters always fit in a {@code long}. */
    private static boolean isBeyondInt64(JsonParser p) throws IOException {
        return p.getTextLength() >= 19 && p.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
    }

    /**
     * Cheap first: only long literals, ones with an exponent, or the {@code Infinity}/{@code NaN} a parsed tree
     * holds for an out-of-range literal can be out of {@code double} range.
     */
    private static boolean isBeyondDouble(JsonParser p) throws IOException {
        int len = p.getTextLength();
        if (len <= 24) {
            char[] b = p.getTextCharacters();
            int off = p.getTextOffset();
            boolean suspect = false;
            for (int i = off; i < off + len; i++) {
                char c = b[i];
                if (c == 'e' || c == 'E' || c == 'I' || c == 'N') {
                    suspect = true;
                    break;
                }
            }
            if (!suspect) {
                return false;
            }
        }
        double value = p.getDoubleValue();
        return Double.isInfinite(value) || Double.isNaN(value);
    }
}
