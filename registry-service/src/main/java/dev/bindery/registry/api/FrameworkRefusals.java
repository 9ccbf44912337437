package dev.bindery.registry.api;

import dev.bindery.registry.error.ErrorCode;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Renders in the AWS format the refusals that framework filters answer with an empty body, which
 * never reach {@link AwsErrorResponseProcessor}: Micronaut's CORS filter answers a bare 403 to a
 * request whose {@code Origin} is not localhost while the server listens on loopback (its guard
 * against drive-by-localhost attacks). Runs outermost, so it sees every filter's answer.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class FrameworkRefusals implements Ordered {

    @ResponseFilter
    void render(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400
                || response.getHeaders().contains(AwsErrors.ERROR_TYPE_HEADER)
                || response.getBody().isPresent()) {
            return;
        }
        String message = status == 403 && request.getHeaders().contains(HttpHeaders.ORIGIN)
                ? "Cross-origin request refused: a server listening on loopback answers only requests without an "
                        + "Origin or from a localhost origin."
                : response.getStatus().getReason();
        if (request.getMethodName().equals("POST") && request.getPath().equals("/")) {
            String code = status == 403
                    ? "AccessDeniedException"
                    : AwsErrors.codeFor(response.getStatus()).name();
            response.header(AwsErrors.ERROR_TYPE_HEADER, code)
                    .contentType(AwsErrors.AWS_JSON)
                    .body(new AwsErrors.AwsJsonError(code, message));
            return;
        }
        ErrorCode code = AwsErrors.codeFor(response.getStatus());
        AwsErrors.render(response, code, message).status(status);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
