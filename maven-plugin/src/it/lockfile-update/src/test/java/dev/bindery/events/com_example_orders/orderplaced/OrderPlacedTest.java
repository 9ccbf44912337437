package dev.bindery.events.com_example_orders.orderplaced;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderPlacedTest {
    @Test
    void unmarshalsASampleEvent() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/order-placed.event.json")) {
            EventEnvelope<OrderPlaced> event = Marshaller.unmarshalEvent(in, OrderPlaced.class);
            assertEquals("com.example.orders", event.source());
            assertEquals("o-1", event.detail().orderId());
            assertEquals(0, new BigDecimal("12.50").compareTo(event.detail().total()));
        }
    }
}
