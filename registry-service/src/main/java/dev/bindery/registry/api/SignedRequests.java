package dev.bindery.registry.api;

import dev.bindery.registry.security.AuthenticationException;
import dev.bindery.registry.security.sigv4.SignedRequest;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpVersion;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Builds the SigV4 view of a request as it arrived: the raw path and query from the request line,
 * the headers the signature covers or the verifier reads, and the SHA-256 of the body. The body is
 * read from a split of the request's bytes, so the operation still reads it afterwards; a streaming
 * route is never buffered.
 */
final class SignedRequests {

    /** How long a signed request may take to send its body before it is refused. */
    static final Duration BODY_WAIT = Duration.ofSeconds(30);

    private SignedRequests() {}

    /** The headers SigV4 reads besides those it signs: the date and the declared payload hash. */
    private static final List<String> READ_HEADERS = List.of("x-amz-date", "date", "x-amz-content-sha256");

    /**
     * The request as signed: only the headers the signature names and those the verifier reads are
     * copied, as received.
     */
    static SignedRequest of(HttpRequest<?> request, boolean streaming, List<String> signedHeaders) {
        URI uri = request.getUri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        Map<String, List<String>> headers = new HashMap<>();
        copy(request, signedHeaders, headers);
        copy(request, READ_HEADERS, headers);
        String method = request.getMethodName();
        if (streaming) {
            return SignedRequest.streaming(method, path, uri.getRawQuery(), headers);
        }
        return SignedRequest.buffered(method, path, uri.getRawQuery(), headers, bodySha256(request));
    }

    private static void copy(HttpRequest<?> request, List<String> names, Map<String, List<String>> into) {
        for (String name : names) {
            List<String> values = request.getHeaders().getAll(name);
            if (!values.isEmpty()) {
                into.putIfAbsent(name.toLowerCase(Locale.ROOT), values);
            }
        }
    }

    /**
     * Whether building the signed view of {@code request} waits for its body. An HTTP/1.1 request
     * that declares no body (most reads) has none; HTTP/2 may send a body without declaring its
     * length, so there the body is always read. A streaming route's body is never read.
     */
    static boolean waitsForBody(HttpRequest<?> request, boolean streaming) {
        return !streaming
                && (request.getContentLength() > 0
                        || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING)
                        || request.getHttpVersion() != HttpVersion.HTTP_1_1
                                && request.getHttpVersion() != HttpVersion.HTTP_1_0);
    }

    private static String bodySha256(HttpRequest<?> request) {
        if (!waitsForBody(request, false) || !(request instanceof ServerHttpRequest<?> server)) {
            return SignedRequest.EMPTY_PAYLOAD_SHA256;
        }
        try (CloseableAvailableByteBody body = server.byteBody()
                .split(ByteBody.SplitBackpressureMode.FASTEST)
                .buffer()
                .get(BODY_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            return SignedRequest.sha256Hex(body.toByteArray());
        } catch (TimeoutException e) {
            throw AuthenticationException.incompleteSignature("The request body did not arrive within "
                    + BODY_WAIT.toSeconds() + " s, so its signature cannot be checked.");
        } catch (ExecutionException e) {
            throw AuthenticationException.incompleteSignature(
                    "The request body could not be read to check its " + "signature.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AuthenticationException.incompleteSignature("Interrupted while reading the request body.");
        }
    }
}
