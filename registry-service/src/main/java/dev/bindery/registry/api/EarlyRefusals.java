package dev.bindery.registry.api;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.micronaut.core.annotation.Nullable;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Requests refused on their head alone, before the framework sees them: a URI whose percent-escapes
 * do not decode, and a Content-Encoding on an empty body. The framework would read the first as
 * {@code /} (losing which API it was for) and run the operation on the second with no body; here the
 * answer is a 400 in the shape of the API the request was for, and the connection is closed.
 */
final class EarlyRefusals {

    private EarlyRefusals() {}

    /** Why the request must be refused, or {@code null} to let it through. */
    static @Nullable String problem(HttpRequest request, boolean codingWithoutBody) {
        if (request.uri().startsWith("//")) {
            return "The request URI is malformed: its path starts with '//'.";
        }
        try {
            QueryStringDecoder uri = new QueryStringDecoder(request.uri());
            uri.path();
            uri.parameters();
        } catch (IllegalArgumentException e) {
            return "The request URI is malformed: a percent-escape in it does not decode.";
        }
        if (!request.decoderResult().isSuccess()) {
            return null; // the framework answers what the HTTP codec could not read
        }
        if (codingWithoutBody) {
            return "The request body is empty but declares Content-Encoding '"
                    + request.headers().get(HttpHeaderNames.CONTENT_ENCODING)
                    + "'; send a body, or no Content-Encoding.";
        }
        return null;
    }

    /** Answers 400 in the events API's awsJson shape or the Schemas API's, and closes the connection. */
    static void answer(ChannelHandlerContext ctx, HttpRequest request, String message) {
        String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(message));
        boolean events = request.method().equals(HttpMethod.POST)
                && rawPath(request.uri()).equals("/")
                && request.headers().contains("X-Amz-Target");
        String code = events ? "ValidationException" : "BadRequestException";
        String body = events
                ? "{\"__type\":\"" + code + "\",\"message\":\"" + quoted + "\"}"
                : "{\"Code\":\"" + code + "\",\"Message\":\"" + quoted + "\"}";
        FullHttpResponse response = new DefaultFullHttpResponse(
                request.protocolVersion(),
                HttpResponseStatus.BAD_REQUEST,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, events ? AwsErrors.AWS_JSON : "application/json")
                .set(AwsErrors.ERROR_TYPE_HEADER, code)
                .set(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                .set(HttpHeaderNames.CONNECTION, "close");
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    private static String rawPath(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
