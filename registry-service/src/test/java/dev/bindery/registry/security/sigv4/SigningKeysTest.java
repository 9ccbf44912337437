package dev.bindery.registry.security.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Derived signing keys are cached per scope, bounded, and never used for another secret. */
class SigningKeysTest {

    @Test
    void aCachedKeyIsTheDerivedOne() {
        SigningKeys keys = new SigningKeys(4);

        byte[] first = keys.signingKey("AKID", "secret", "20261206", "us-east-1", "schemas");
        byte[] again = keys.signingKey("AKID", "secret", "20261206", "us-east-1", "schemas");

        assertThat(again).isSameAs(first).isEqualTo(SigningKeys.derive("secret", "20261206", "us-east-1", "schemas"));
        assertThat(keys.size()).isEqualTo(1);
    }

    @Test
    void eachScopeHasItsOwnKey() {
        SigningKeys keys = new SigningKeys(8);

        byte[] schemas = keys.signingKey("AKID", "secret", "20261206", "us-east-1", "schemas");
        byte[] events = keys.signingKey("AKID", "secret", "20261206", "us-east-1", "events");
        byte[] tomorrow = keys.signingKey("AKID", "secret", "20261207", "us-east-1", "schemas");

        assertThat(schemas).isNotEqualTo(events).isNotEqualTo(tomorrow);
        assertThat(keys.size()).isEqualTo(3);
    }

    @Test
    void anotherSecretForTheSameScopeIsDerivedAfresh() {
        SigningKeys keys = new SigningKeys(4);
        keys.signingKey("AKID", "old", "20261206", "us-east-1", "schemas");

        byte[] rotated = keys.signingKey("AKID", "new", "20261206", "us-east-1", "schemas");

        assertThat(rotated).isEqualTo(SigningKeys.derive("new", "20261206", "us-east-1", "schemas"));
        assertThat(keys.size()).isEqualTo(1);
    }

    @Test
    void theCacheNeverHoldsMoreThanItsCapacity() {
        SigningKeys keys = new SigningKeys(3);

        for (int i = 0; i < 50; i++) {
            keys.signingKey("AKID" + i, "secret", "20261206", "us-east-1", "schemas");
        }

        assertThat(keys.size()).isEqualTo(3);
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new SigningKeys(0)).hasMessage("capacity < 1: 0");
    }
}
