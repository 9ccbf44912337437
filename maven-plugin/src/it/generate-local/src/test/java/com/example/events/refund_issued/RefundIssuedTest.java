package com.example.events.refund_issued;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RefundIssuedTest {
    @Test
    void unmarshalsAPlainDocument() throws Exception {
        String json = "{\"refundId\": \"r-1\", \"amount\": 3.5}";
        RefundIssued refund = Marshaller.unmarshal(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), RefundIssued.class);
        assertEquals("r-1", refund.refundId());
    }
}
