package dev.bindery.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import org.junit.jupiter.api.Test;

/**
 * The framework's own errors take the format of the request's API: awsJson for PutEvents ({@code POST /}), the
 * Schemas API's otherwise; a server error never shows its cause; a body over the limit is a modelled 400 naming the
 * limit (#12 item 18).
 */
class ErrorShapesTest {

    private final HttpServerConfiguration server = new HttpServerConfiguration();
    private final AwsErrorResponseProcessor processor =
            new AwsErrorResponseProcessor(new ErrorShapes(new RouteOperations()), server);

    private MutableHttpResponse<Object> process(HttpRequest<?> request, HttpStatus status, Throwable cause) {
        return processor.processResponse(
                ErrorContext.builder(request).cause(cause).build(), HttpResponse.status(status));
    }

    @Test
    void aPutEventsServerErrorIsAnAwsJsonInternalExceptionWithoutItsCause() {
        MutableHttpResponse<Object> response = process(
                HttpRequest.POST("/", "{}").header("X-Amz-Target", "AWSEvents.PutEvents"),
                HttpStatus.INTERNAL_SERVER_ERROR,
                new IllegalStateException("secret internals"));
        assertThat(response.getStatus().getCode()).isEqualTo(500);
        assertThat(response.getHeaders().get("x-amzn-ErrorType")).isEqualTo("InternalException");
        assertThat(response.getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo("application/x-amz-json-1.1"));
        assertThat(response.body())
                .isEqualTo(new AwsErrors.AwsJsonError(
                        "InternalException",
                        "The registry failed to process the request; the server log has the details."));
    }

    @Test
    void aSchemasApiServerErrorKeepsTheSchemasShape() {
        MutableHttpResponse<Object> response = process(
                HttpRequest.GET("/v1/registries"),
                HttpStatus.INTERNAL_SERVER_ERROR,
                new IllegalStateException("secret internals"));
        assertThat(response.getHeaders().get("x-amzn-ErrorType")).isEqualTo("InternalServerErrorException");
        assertThat(response.body()).isInstanceOf(AwsErrors.ErrorBody.class);
        assertThat(response.body().toString()).doesNotContain("secret");
    }

    @Test
    void aBodyOverTheBufferLimitIsAModelled400NamingTheLimitNotTheSetting() {
        MutableHttpResponse<Object> schemas = process(
                HttpRequest.POST("/v1/registries/name/r", "{}"),
                HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                new BufferLengthExceededException(20_000_000, 10_485_760));
        assertThat(schemas.getStatus().getCode()).isEqualTo(400);
        assertThat(schemas.getHeaders().get("x-amzn-ErrorType")).isEqualTo("BadRequestException");
        assertThat(schemas.body())
                .isEqualTo(new AwsErrors.ErrorBody(
                        "BadRequestException",
                        "The request body is larger than this operation accepts: at most "
                                + server.getMaxRequestBufferSize() + " bytes."));

        MutableHttpResponse<Object> events = process(
                HttpRequest.POST("/", "{}"),
                HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                new BufferLengthExceededException(20_000_000, 10_485_760));
        assertThat(events.getStatus().getCode()).isEqualTo(400);
        assertThat(events.getHeaders().get("x-amzn-ErrorType")).isEqualTo("ValidationException");
        assertThat(((AwsErrors.AwsJsonError) events.body()).message()).contains("at most");
    }
}
