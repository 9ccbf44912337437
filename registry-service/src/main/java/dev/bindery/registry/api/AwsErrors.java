package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bindery.registry.error.ErrorCode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/**
 * Renders every error the API returns in the AWS wire format: the modelled status, the header
 * {@code x-amzn-ErrorType: <Code>} that AWS SDKs read to choose the exception class, and the body
 * {@code {"Code": …, "Message": …}}.
 */
public final class AwsErrors {

    static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";
    static final String AWS_JSON = "application/x-amz-json-1.1";

    private AwsErrors() {}

    /** The error body; member names are the wire names. */
    public record ErrorBody(
            @JsonProperty("Code") String code,
            @JsonProperty("Message") String message) {}

    static MutableHttpResponse<ErrorBody> response(ErrorCode code, String message) {
        return render(HttpResponse.status(HttpStatus.valueOf(code.status())), code, message);
    }

    /** An error whose code is not one of the Schemas API's modelled shapes (e.g. {@code InvalidSignatureException}). */
    static MutableHttpResponse<ErrorBody> response(int status, String code, String message) {
        return HttpResponse.<ErrorBody>status(HttpStatus.valueOf(status))
                .header(ERROR_TYPE_HEADER, code)
                .body(new ErrorBody(code, message));
    }

    /** awsJson 1.1 errors (the events API): the code in {@code __type} and in the header the SDKs read. */
    record AwsJsonError(
            @JsonProperty("__type") String type,
            @JsonProperty("message") String message) {}

    static MutableHttpResponse<AwsJsonError> awsJson(int status, String code, String message) {
        return HttpResponse.<AwsJsonError>status(HttpStatus.valueOf(status))
                .header(ERROR_TYPE_HEADER, code)
                .contentType(AWS_JSON)
                .body(new AwsJsonError(code, message));
    }

    /** Turns {@code response} into an awsJson error (a framework response keeps its other headers). */
    static MutableHttpResponse<AwsJsonError> renderAwsJson(
            MutableHttpResponse<?> response, int status, String code, String message) {
        return response.status(status)
                .header(ERROR_TYPE_HEADER, code)
                .contentType(AWS_JSON)
                .body(new AwsJsonError(code, message));
    }

    static MutableHttpResponse<ErrorBody> render(MutableHttpResponse<?> response, ErrorCode code, String message) {
        return response.status(code.status())
                .header(ERROR_TYPE_HEADER, code.name())
                .body(new ErrorBody(code.name(), message));
    }

    /** The modelled code for a status the framework produced (unknown route, unreadable parameter, …). */
    static ErrorCode codeFor(HttpStatus status) {
        int value = status.getCode();
        for (ErrorCode code : ErrorCode.values()) {
            if (code.status() == value) {
                return code;
            }
        }
        return value >= 500 ? ErrorCode.InternalServerErrorException : ErrorCode.BadRequestException;
    }
}
