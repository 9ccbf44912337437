package dev.bindery.registry.api;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Singleton;

/**
 * Puts a {@link RequestBodyDecoder} in front of Micronaut's request handler on every connection (and HTTP/2 stream),
 * so every body is checked and decoded in that one place before any filter or operation reads it.
 */
@Singleton
final class RequestBodyPipeline implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new PerChannel(null));
        return event.getBean();
    }

    private record PerChannel(Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new PerChannel(channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            ChannelPipeline pipeline = channel == null ? null : channel.pipeline();
            if (pipeline != null
                    && pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null
                    && pipeline.get(RequestBodyDecoder.NAME) == null) {
                pipeline.addBefore(
                        ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND,
                        RequestBodyDecoder.NAME,
                        new RequestBodyDecoder());
            }
        }
    }
}
