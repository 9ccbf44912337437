package dev.bindery.registry.content;

/** JSON Pointer (RFC 6901) tokens. */
final class Pointers {

    private Pointers() {
    }

    /** Escapes a member name for use as one reference token of a JSON pointer. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Reverses {@link #escape}. */
    static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
