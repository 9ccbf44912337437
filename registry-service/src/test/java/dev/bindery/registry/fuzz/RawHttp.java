package dev.bindery.registry.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * An HTTP/1.1 client on a plain socket, so that a request can be anything a broken client could
 * send: any bytes in the path and headers, any framing, a body cut short. One connection per
 * request; the first response is read and the connection closed.
 */
final class RawHttp {

    /** Status of an {@link Answer} when the server closed the connection without answering. */
    static final int CLOSED = 0;
    /** Status of an {@link Answer} when no complete answer arrived within the read timeout. */
    static final int TIMED_OUT = -1;
    /** Status of an {@link Answer} when what came back is not an HTTP response. */
    static final int GARBLED = -2;

    private final InetSocketAddress server;
    private final int readTimeoutMillis;

    RawHttp(String host, int port, int readTimeoutMillis) {
        this.server = new InetSocketAddress(host, port);
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /** A response: header names lower-cased, the body decoded from gzip when so encoded. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body, long millis) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends the bytes and reads the answer; with {@code halfClose} the request side of the
     * connection is shut after sending, as a client that gave up mid-body would.
     */
    Answer exchange(byte[] request, boolean halfClose, boolean head) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(server, readTimeoutMillis);
            socket.setSoTimeout(readTimeoutMillis);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            try {
                out.write(request);
                out.flush();
                if (halfClose) {
                    socket.shutdownOutput();
                }
            } catch (IOException e) {
                // the server may answer and close before the whole request is written (a refused size)
            }
            return read(in, head, start);
        } catch (IOException e) {
            return new Answer(CLOSED, Map.of(), new byte[0], elapsed(start));
        }
    }

    private Answer read(InputStream raw, boolean head, long start) throws IOException {
        InputStream in = new BufferedInputStream(raw);
        try {
            while (true) {
                String statusLine = line(in);
                if (statusLine == null) {
                    return new Answer(CLOSED, Map.of(), new byte[0], elapsed(start));
                }
                String[] parts = statusLine.split(" ", 3);
                int status = Integer.parseInt(parts[1]);
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    int colon = header.indexOf(':');
                    headers.computeIfAbsent(
                                    header.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(header.substring(colon + 1).trim());
                }
                if (status >= 100 && status < 200) {
                    continue; // 100 Continue: the final answer follows
                }
                byte[] body = body(in, headers, head || status == 204 || status == 304);
                List<String> encoding = headers.get("content-encoding");
                if (encoding != null && encoding.contains("gzip")) {
                    body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
                }
                return new Answer(status, headers, body, elapsed(start));
            }
        } catch (SocketTimeoutException e) {
            return new Answer(TIMED_OUT, Map.of(), new byte[0], elapsed(start));
        } catch (EOFException e) {
            return new Answer(CLOSED, Map.of(), new byte[0], elapsed(start));
        } catch (RuntimeException | ZipException e) {
            return new Answer(GARBLED, Map.of(), new byte[0], elapsed(start));
        }
    }

    private static byte[] body(InputStream in, Map<String, List<String>> headers, boolean none) throws IOException {
        if (none) {
            return new byte[0];
        }
        List<String> te = headers.get("transfer-encoding");
        if (te != null && te.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                String size = line(in);
                if (size == null) {
                    throw new EOFException();
                }
                int semicolon = size.indexOf(';');
                int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (n == 0) {
                    for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                        // trailers are not used
                    }
                    return out.toByteArray();
                }
                out.write(exactly(in, n));
                line(in);
            }
        }
        List<String> length = headers.get("content-length");
        if (length != null) {
            return exactly(in, Integer.parseInt(length.get(0)));
        }
        return in.readAllBytes();
    }

    private static byte[] exactly(InputStream in, int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new EOFException();
        }
        return bytes;
    }

    /** A line without its CRLF, or {@code null} at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
