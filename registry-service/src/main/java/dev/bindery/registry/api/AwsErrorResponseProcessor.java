package dev.bindery.registry.api;

import dev.bindery.registry.error.ErrorCode;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Renders the errors the framework raises itself (no such route, a query parameter of the wrong
 * type, an unexpected failure) in the AWS format. Messages of server errors are replaced: the
 * client never sees exception texts, class names or stack traces; the server log has them.
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
final class AwsErrorResponseProcessor implements ErrorResponseProcessor<AwsErrors.ErrorBody> {

    static final String SERVER_ERROR = "The registry failed to process the request; the server log has the details.";

    @Override
    public MutableHttpResponse<AwsErrors.ErrorBody> processResponse(ErrorContext context,
                                                                   MutableHttpResponse<?> response) {
        ErrorCode code = AwsErrors.codeFor(response.getStatus());
        String message;
        if (response.getStatus().getCode() >= 500) {
            message = SERVER_ERROR;
        } else if (context.getErrors().isEmpty()) {
            message = response.getStatus().getReason();
        } else {
            message = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        }
        int status = response.getStatus().getCode();
        return AwsErrors.render(response, code, message).status(status);
    }
}
