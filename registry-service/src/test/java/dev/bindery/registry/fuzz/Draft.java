package dev.bindery.registry.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One request being built and mutated (mutable, confined to the generator): a route's method and
 * path template with its variables, query, headers, a body as a JSON tree or as bytes, byte-level
 * changes applied after serialisation, and the framing. {@link #toWire} writes the exact bytes.
 */
final class Draft {

    /** Replaced after serialisation by a lone-surrogate escape ({@code \ud800}). */
    static final String LONE_SURROGATE = "~~LONE-SURROGATE~~";
    /** Replaced after serialisation by bytes that are not UTF-8. */
    static final String NOT_UTF8 = "~~NOT-UTF8~~";
    /** {@code "~~DEEP:n~~"} (with its quotes) is replaced after serialisation by n nested arrays. */
    static final Pattern DEEP = Pattern.compile("\"~~DEEP:(\\d+)~~\"");

    static final String NO_HOST = "<none>";

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    final Operation operation;
    final Templates.Template template;
    String method;
    String pathTemplate;
    /** Path variable values, already percent-encoded as sent. */
    final Map<String, String> pathValues = new LinkedHashMap<>();
    /** Query parameters, already percent-encoded as sent. */
    final List<String[]> query = new ArrayList<>();

    final List<String[]> headers = new ArrayList<>();
    /** The Host header's value when mutated; {@link #NO_HOST} leaves the header out. */
    String host;

    JsonNode json;
    byte[] rawBody;
    final List<UnaryOperator<byte[]>> byteChanges = new ArrayList<>();
    String contentEncoding;
    UnaryOperator<byte[]> encoder = UnaryOperator.identity();
    Framing framing;
    final List<String> mutations = new ArrayList<>();
    /** A mutation made it a request the operation must refuse. */
    boolean invalid;
    /** It names fixture data: only reads and requests that must be refused may. */
    final boolean fixture;

    Draft(Operation operation, Templates.Template template, boolean fixture) {
        this.operation = operation;
        this.template = template;
        this.method = operation.method();
        this.pathTemplate = operation.path();
        this.fixture = fixture;
        this.framing = template.readsBody() ? Framing.LENGTH : Framing.NONE;
    }

    void header(String name, String value) {
        headers.add(new String[] {name, value});
    }

    void removeHeader(String name) {
        headers.removeIf(h -> h[0].equalsIgnoreCase(name));
    }

    void query(String name, String value) {
        query.add(new String[] {name, value});
    }

    boolean hasBody() {
        return json != null || rawBody != null;
    }

    /** The body as sent before content coding: serialised, markers replaced, byte changes applied. */
    byte[] body() {
        byte[] bytes;
        if (json != null) {
            try {
                bytes = JSON.writeValueAsBytes(json);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            bytes = rawBody == null ? new byte[0] : rawBody;
        }
        bytes = replaceMarkers(bytes);
        for (UnaryOperator<byte[]> change : byteChanges) {
            bytes = change.apply(bytes);
        }
        return encoder.apply(bytes);
    }

    String target() {
        Matcher m = VARIABLE.matcher(pathTemplate);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(pathValues.getOrDefault(m.group(1), "x")));
        }
        m.appendTail(path);
        if (!query.isEmpty()) {
            path.append('?')
                    .append(query.stream()
                            .map(q -> q[1] == null ? q[0] : q[0] + "=" + q[1])
                            .collect(Collectors.joining("&")));
        }
        return path.toString();
    }

    /** The request's bytes; header names and values are written as ISO-8859-1, one byte a character. */
    byte[] toWire(String defaultHost, SplittableRandom random) {
        String hostHeader = host == null ? defaultHost : host.equals(NO_HOST) ? null : host;
        byte[] body = body();
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target()).append(" HTTP/1.1\r\n");
        if (hostHeader != null) {
            head.append("Host: ").append(hostHeader).append("\r\n");
        }
        for (String[] h : headers) {
            head.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        if (contentEncoding != null) {
            head.append("Content-Encoding: ").append(contentEncoding).append("\r\n");
        }
        Framing effective = framing == Framing.NONE && body.length > 0 ? Framing.LENGTH : framing;
        head.append(effective.headers(body));
        head.append("Connection: close\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(effective.frame(body, random));
        return out.toByteArray();
    }

    /** Nested arrays for the deep-nesting markers in a JSON text. */
    static String replaceDeep(String text) {
        Matcher deep = DEEP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (deep.find()) {
            int n = Integer.parseInt(deep.group(1));
            deep.appendReplacement(out, "[".repeat(n) + "]".repeat(n));
        }
        deep.appendTail(out);
        return out.toString();
    }

    private static byte[] replaceMarkers(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!text.contains("~~")) {
            return bytes;
        }
        text = text.replace(LONE_SURROGATE, "\\ud800");
        text = text.replace(NOT_UTF8, "\u00ff\u00c3\u0028\u00ed\u00a0\u0080");
        return replaceDeep(text).getBytes(StandardCharsets.ISO_8859_1);
    }
}
