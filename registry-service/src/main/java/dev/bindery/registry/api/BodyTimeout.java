package dev.bindery.registry.api;

import dev.bindery.registry.config.BodyLimits;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the wait for request body bytes ({@code bindery.requests.body-timeout}): on every HTTP/1.1
 * connection, while a request's body has begun and not ended, a timer runs from the last bytes
 * received; when it fires the client is answered 408 (unless an answer has begun) and the
 * connection closed, which also ends a controller blocked reading the body. Time the server
 * spends not asking for bytes (backpressure from a slow consumer) does not count. Idle connections
 * between requests and slow responses are not affected, unlike Netty's idle timeouts.
 */
@Singleton
final class BodyTimeout implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final Logger LOG = LoggerFactory.getLogger(BodyTimeout.class);
    private static final String HANDLER = "bindery-body-timeout";

    private final long timeoutMillis;

    BodyTimeout(BodyLimits limits) {
        this.timeoutMillis = limits.bodyTimeout().toMillis();
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    /** Adds the handler after the HTTP/1.1 codec of each connection. */
    private final class Customizer implements NettyServerCustomizer {

        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Customizer(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null
                    && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                    && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline()
                        .addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER, new Handler());
            }
        }
    }

    /** The timer of one connection; runs on its event loop only. */
    private final class Handler extends ChannelDuplexHandler {

        private ScheduledFuture<?> timer;
        private boolean answered;
        /** Whether the server asked for more bytes since the last arrived (reads on demand, autoRead off). */
        private boolean readRequested;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof HttpRequest request) {
                answered = false;
                cancel();
                if (!(request instanceof FullHttpRequest) && hasBody(request)) {
                    arm(ctx);
                }
            }
            if (msg instanceof HttpContent) {
                readRequested = false;
                if (msg instanceof LastHttpContent) {
                    cancel();
                } else if (timer != null) {
                    arm(ctx);
                }
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof HttpResponse) {
                answered = true;
            }
            super.write(ctx, msg, promise);
        }

        @Override
        public void read(ChannelHandlerContext ctx) throws Exception {
            readRequested = true;
            super.read(ctx);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            cancel();
            super.channelInactive(ctx);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            cancel();
        }

        private boolean hasBody(HttpRequest request) {
            if (!request.decoderResult().isSuccess()) {
                return false; // the codec could not read the head (e.g. Content-Length: 2x); the framework answers it
            }
            try {
                return HttpUtil.isTransferEncodingChunked(request) || HttpUtil.getContentLength(request, 0L) > 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private void arm(ChannelHandlerContext ctx) {
            cancel();
            timer = ctx.executor().schedule(() -> expire(ctx), timeoutMillis, TimeUnit.MILLISECONDS);
        }

        private void cancel() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }

        private void expire(ChannelHandlerContext ctx) {
            timer = null;
            if (!ctx.channel().config().isAutoRead() && !readRequested) {
                arm(ctx); // the server is not reading (a slow consumer applies backpressure): not the client's stall
                return;
            }
            LOG.info(
                    "Closing the connection from {}: its request body sent nothing for {} ms",
                    ctx.channel().remoteAddress(),
                    timeoutMillis);
            if (answered) {
                ctx.close();
                return;
            }
            answered = true;
            String message = "The request body stalled: no bytes arrived for " + timeoutMillis / 1000.0
                    + " s, the server's limit. Send the body without pauses.";
            byte[] body = ("{\"Code\":\"RequestTimeoutException\",\"Message\":\"" + message + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            FullHttpResponse response = new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_TIMEOUT, Unpooled.wrappedBuffer(body));
            response.headers()
                    .set(AwsErrors.ERROR_TYPE_HEADER, "RequestTimeoutException")
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
