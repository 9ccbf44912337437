package dev.bindery.registry.api;

import dev.bindery.registry.error.ErrorCode;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders the errors the framework raises itself (no such route, a query parameter of the wrong type, a body over
 * the size limit, an unexpected failure) in the AWS format of the request's API (awsJson for PutEvents). Messages of
 * server errors are replaced: the client never sees exception texts, class names or stack traces; the server log
 * has them.
 *
 * <p>A body over the size limit is answered 400 {@code BadRequestException} (awsJson {@code ValidationException})
 * naming the limit, not 413: neither API models a 413 error, and every answer's status is its code's modelled one.
 *
 * <p>Being a bean of this type is enough: Micronaut's own {@code DefaultErrorResponseProcessor} is only created when
 * no other {@code ErrorResponseProcessor} exists (no {@code @Replaces} of the deprecated HATEOAS one is needed).
 */
@Singleton
final class AwsErrorResponseProcessor implements ErrorResponseProcessor<Object> {

    /** A qualified Java name, as exception texts quote them: {@code io.micronaut.….HealthCheckType}. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|javax|jakarta|io|com|org|dev)\\.[a-z]\\w*\\.");

    private final ErrorShapes shapes;
    private final HttpServerConfiguration server;

    AwsErrorResponseProcessor(ErrorShapes shapes, HttpServerConfiguration server) {
        this.shapes = shapes;
        this.server = server;
    }

    static final String SERVER_ERROR = "The registry failed to process the request; the server log has the details.";

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        ErrorCode code = AwsErrors.codeFor(status);
        String message;
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            code = ErrorCode.BadRequestException;
            boolean buffered = context.getRootCause()
                    .filter(BufferLengthExceededException.class::isInstance)
                    .isPresent();
            long limit = buffered ? server.getMaxRequestBufferSize() : server.getMaxRequestSize();
            message = "The request body is larger than this operation accepts: at most " + limit + " bytes.";
        } else if (status.getCode() >= 500) {
            message = SERVER_ERROR;
        } else if (context.getErrors().isEmpty()) {
            message = status.getReason();
        } else {
            message = context.getErrors().stream()
                    .map(error -> withoutInternals(error.getMessage(), status))
                    .collect(Collectors.joining("; "));
        }
        @SuppressWarnings("unchecked") // the body is one of the two error records
        MutableHttpResponse<Object> rendered =
                (MutableHttpResponse<Object>) shapes.renderOnto(context.getRequest(), response, code, message);
        return rendered;
    }

    /**
     * A framework message without what only the server's authors can read: a conversion failure keeps
     * "Failed to convert argument [x] for value [y]" and drops the exception text after "due to";
     * anything else that still names a Java class becomes the status's reason phrase.
     */
    static String withoutInternals(String message, HttpStatus status) {
        String cut = message;
        int dueTo = cut.indexOf(" due to: ");
        if (dueTo > 0) {
            cut = cut.substring(0, dueTo) + ".";
        }
        return JAVA_NAME.matcher(cut).find() ? status.getReason() : cut;
    }
}
