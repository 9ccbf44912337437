package dev.bindery.registry.catalog;

import dev.bindery.registry.store.SchemaRow;
import dev.bindery.registry.store.SchemaVersionRow;

/**
 * Judges a new version against the versions before it. The writer calls it inside its transaction,
 * with the schema's row locked and the new version saved, so no other version can slip in between
 * the check and the commit, and a refusal (an exception) stores nothing.
 */
public interface VersionGate {

    /**
     * Checks {@code added} against the schema's earlier versions under the schema's rule and records
     * the judgement with it.
     *
     * @param enforce whether an incompatible version is refused (UpdateSchema) or only recorded
     *                (discovery, which describes events that were already sent)
     */
    void admit(String registryName, SchemaRow schema, SchemaVersionRow added, boolean enforce);
}
