package dev.bindery.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One reading of the JDBC URL says whether the store is embedded, in memory, or a shared server. */
class StoreKindTest {

    @Test
    void h2InFilesIsEmbeddedWithOrWithoutTheFilePrefix() {
        assertThat(StoreKind.of("jdbc:h2:file:./data/bindery;DATABASE_TO_LOWER=TRUE"))
                .isEqualTo(StoreKind.EMBEDDED);
        assertThat(StoreKind.of("jdbc:h2:./data/bindery")).isEqualTo(StoreKind.EMBEDDED);
        assertThat(StoreKind.of("JDBC:H2:~/bindery")).isEqualTo(StoreKind.EMBEDDED);
        assertThat(StoreKind.of("jdbc:h2:split:28:./data/bindery")).isEqualTo(StoreKind.EMBEDDED);
    }

    @Test
    void h2InMemoryIsOnlyThisProcesssButNotEmbeddedInFiles() {
        assertThat(StoreKind.of("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEqualTo(StoreKind.IN_MEMORY);
        assertThat(StoreKind.IN_MEMORY.onlyThisProcessWrites()).isTrue();
        assertThat(StoreKind.EMBEDDED.onlyThisProcessWrites()).isTrue();
    }

    @Test
    void serversMayBeSharedByOtherInstances() {
        assertThat(StoreKind.of("jdbc:postgresql://db.internal:5432/bindery")).isEqualTo(StoreKind.SERVER);
        assertThat(StoreKind.of("jdbc:h2:tcp://localhost/./data/bindery")).isEqualTo(StoreKind.SERVER);
        assertThat(StoreKind.of("jdbc:h2:ssl://localhost/./data/bindery")).isEqualTo(StoreKind.SERVER);
        assertThat(StoreKind.of("")).isEqualTo(StoreKind.SERVER);
        assertThat(StoreKind.SERVER.onlyThisProcessWrites()).isFalse();
    }
}
