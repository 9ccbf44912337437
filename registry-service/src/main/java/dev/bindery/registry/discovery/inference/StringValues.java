package dev.bindery.registry.discovery.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A bounded set of the distinct short string values seen at one position, confined like its owning node.
 *
 * <p>The state is a function of the set of values seen, never of their order: either the exact set (at most
 * {@link #CAPACITY} values, none longer than {@link #MAX_LENGTH} characters), or <em>saturated</em> (more distinct
 * values than that, or one long value) with nothing kept. Saturation is sticky, so merging is a set union followed
 * by the same check — commutative and associative — and a saturated set costs nothing per value.
 */
final class StringValues {

    /** Distinct values kept before the set saturates. Larger than the enum limit so the limit is decidable. */
    static final int CAPACITY = 32;
    /** Longer values saturate the set: they are never enumeration members. */
    static final int MAX_LENGTH = 40;

    private boolean saturated;
    private String[] values = new String[4];
    private int[] hashes = new int[4];
    private int size;

    boolean saturated() {
        return saturated;
    }

    int size() {
        return size;
    }

    void add(char[] b, int off, int len) {
        if (saturated) {
            return;
        }
        if (len > MAX_LENGTH) {
            saturate();
            return;
        }
        int h = 0;
        for (int i = off, end = off + len; i < end; i++) {
            h = 31 * h + b[i];
        }
        for (int i = 0; i < size; i++) {
            if (hashes[i] == h && sameChars(values[i], b, off, len)) {
                return;
            }
        }
        insert(new String(b, off, len), h);
    }

    /** Whether {@code b[off, off+len)} is already a member (never true once saturated). */
    boolean contains(char[] b, int off, int len) {
        if (saturated || len > MAX_LENGTH) {
            return false;
        }
        int h = 0;
        for (int i = off, end = off + len; i < end; i++) {
            h = 31 * h + b[i];
        }
        for (int i = 0; i < size; i++) {
            if (hashes[i] == h && sameChars(values[i], b, off, len)) {
                return true;
            }
        }
        return false;
    }

    void add(String value) {
        char[] chars = value.toCharArray();
        add(chars, 0, chars.length);
    }

    void merge(StringValues other) {
        if (other.saturated) {
            saturate();
        }
        for (int i = 0; i < other.size && !saturated; i++) {
            add(other.values[i]);
        }
    }

    /** The values in ascending order; empty when saturated. */
    List<String> sorted() {
        List<String> list = new ArrayList<>(Arrays.asList(values).subList(0, size));
        list.sort(null);
        return list;
    }

    StringValues copy() {
        StringValues copy = new StringValues();
        copy.merge(this);
        return copy;
    }

    private void insert(String value, int h) {
        if (size == CAPACITY) {
            saturate();
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        values[size] = value;
        hashes[size] = h;
        size++;
    }

    void saturate() {
        saturated = true;
        values = new String[0];
        hashes = new int[0];
        size = 0;
    }

    private static boolean sameChars(String s, char[] b, int off, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != b[off + i]) {
                return false;
            }
        }
        return true;
    }
}
