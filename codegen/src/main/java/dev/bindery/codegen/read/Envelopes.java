package dev.bindery.codegen.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.model.Schema;
import dev.bindery.codegen.model.SchemaDocument.Envelope;
import dev.bindery.codegen.pointer.Pointer;

/**
 * Recognises EventBridge envelopes: an {@code AWSEvent} component, or a JSON Schema root carrying
 * {@code x-amazon-events-source}/{@code x-amazon-events-detail-type}, whose {@code detail} refers to
 * the detail component.
 */
final class Envelopes {
    private Envelopes() {}

    static boolean isEnvelope(Schema root) {
        return root.extensions().containsKey("x-amazon-events-source")
                || root.extensions().containsKey("x-amazon-events-detail-type");
    }

    static String detailComponent(Schema envelopeSchema) {
        Schema detail = envelopeSchema.properties().get("detail");
        if (detail == null || detail.ref() == null) {
            return null;
        }
        String ref = detail.ref();
        String last = Pointer.lastToken(ref.substring(ref.indexOf('#') + 1));
        return last.isEmpty() ? null : last;
    }

    static Envelope envelopeOf(Schema schema) {
        JsonNode source = schema.extensions().get("x-amazon-events-source");
        JsonNode detailType = schema.extensions().get("x-amazon-events-detail-type");
        return new Envelope(source == null ? null : source.asText(), detailType == null ? null : detailType.asText());
    }
}
