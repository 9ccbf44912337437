package dev.bindery.registry.api;

import dev.bindery.registry.error.MalformedBodyException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one place a request body is checked and decoded before any operation reads it, between Netty's HTTP codec and
 * Micronaut's request handler (the framework's own request decompression is off). A body in malformed chunked
 * framing, with a {@code Content-Encoding} other than {@code identity} or {@code gzip}, or that is not a complete,
 * intact gzip stream fails with a {@link MalformedBodyException}: the operation's body read fails with it, so the
 * operation never runs on a partial or empty body, and the client is answered 400. A gzip body is passed on decoded,
 * its {@code Content-Encoding} and {@code Content-Length} replaced by chunked transfer, as Netty's decoders do.
 *
 * <p>One instance per connection; requests on a connection arrive one after another.
 */
final class RequestBodyDecoder extends ChannelInboundHandlerAdapter {

    /** The name of this handler in the channel pipeline. */
    static final String NAME = "bindery-request-body";

    private enum Mode {
        PASS,
        GZIP,
        FAILED,
        REFUSED
    }

    private Mode mode = Mode.PASS;
    private GzipDecoder gzip;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof FullHttpRequest) {
            ctx.fireChannelRead(msg); // aggregated upstream (not the HTTP/1.1 pipeline): nothing to decode here
        } else if (msg instanceof HttpRequest request) {
            start(ctx, request);
        } else if (msg instanceof HttpContent content && mode == Mode.REFUSED) {
            mode = content instanceof LastHttpContent ? Mode.PASS : Mode.REFUSED;
            content.release(); // the request was answered before it reached the framework
        } else if (msg instanceof HttpContent content) {
            content(ctx, content);
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private void start(ChannelHandlerContext ctx, HttpRequest request) {
        endGzip();
        mode = Mode.PASS;
        String problem = null;
        List<String> codings = request.decoderResult().isSuccess() ? codings(request.headers()) : List.of();
        String refusal = EarlyRefusals.problem(request, !codings.isEmpty() && !hasBody(request));
        if (refusal != null) {
            mode = Mode.REFUSED;
            ReferenceCountUtil.release(request);
            EarlyRefusals.answer(ctx, request, refusal);
            return;
        }
        if (!codings.isEmpty()) {
            if (codings.size() == 1
                    && (codings.get(0).equals("gzip") || codings.get(0).equals("x-gzip"))) {
                mode = Mode.GZIP;
                gzip = new GzipDecoder();
                request.headers().remove(HttpHeaderNames.CONTENT_ENCODING).remove(HttpHeaderNames.CONTENT_LENGTH);
                HttpUtil.setTransferEncodingChunked(request, true);
            } else if (!codings.isEmpty()) {
                problem = "The request body is sent with Content-Encoding '"
                        + request.headers().get(HttpHeaderNames.CONTENT_ENCODING)
                        + "'; the server reads bodies sent as they are (identity) or with gzip.";
            }
        }
        ctx.fireChannelRead(request);
        if (problem != null) {
            fail(ctx, problem);
        }
    }

    /** The content codings applied, outermost last, {@code identity} left out. */
    private static List<String> codings(HttpHeaders headers) {
        List<String> codings = new ArrayList<>();
        for (String value : headers.getAll(HttpHeaderNames.CONTENT_ENCODING)) {
            for (String coding : value.split(",")) {
                String name = coding.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.equals(HttpHeaderValues.IDENTITY.toString())) {
                    codings.add(name);
                }
            }
        }
        return codings;
    }

    private static boolean hasBody(HttpRequest request) {
        return HttpUtil.isTransferEncodingChunked(request) || HttpUtil.getContentLength(request, 0L) > 0;
    }

    private void content(ChannelHandlerContext ctx, HttpContent content) {
        boolean last = content instanceof LastHttpContent;
        if (mode != Mode.FAILED && content.decoderResult().isFailure()) {
            // Netty ends a body whose chunked framing it cannot read with a failed (often empty) last content.
            fail(ctx, "The request body's chunked transfer framing is malformed, so the body cannot be read.");
        }
        if (mode == Mode.GZIP) {
            try {
                decoded(ctx, content, last);
            } catch (MalformedBodyException e) {
                endGzip();
                mode = Mode.FAILED;
                ctx.fireExceptionCaught(e);
                ctx.fireChannelRead(
                        last ? LastHttpContent.EMPTY_LAST_CONTENT : new DefaultHttpContent(Unpooled.EMPTY_BUFFER));
            } finally {
                content.release();
            }
            return;
        }
        // PASS, or FAILED: the framework drops what follows a failed body up to its end
        ctx.fireChannelRead(content);
        if (last) {
            mode = Mode.PASS;
        }
    }

    private void decoded(ChannelHandlerContext ctx, HttpContent content, boolean last) {
        ByteBuf in = content.content();
        gzip.decode(
                ByteBufUtil.getBytes(in),
                bytes -> ctx.fireChannelRead(new DefaultHttpContent(Unpooled.wrappedBuffer(bytes))));
        if (!last) {
            return;
        }
        gzip.finish();
        endGzip();
        mode = Mode.PASS;
        LastHttpContent end = new DefaultLastHttpContent(Unpooled.EMPTY_BUFFER);
        end.trailingHeaders().set(((LastHttpContent) content).trailingHeaders());
        ctx.fireChannelRead(end);
    }

    private void fail(ChannelHandlerContext ctx, String message) {
        endGzip();
        mode = Mode.FAILED;
        ctx.fireExceptionCaught(new MalformedBodyException(message));
    }

    private void endGzip() {
        if (gzip != null) {
            gzip.close();
            gzip = null;
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        endGzip();
    }
}
