/**
 * Persistence: the rows of registries, schemas, versions, content and policies, and the
 * repositories that read and write them. SQL here is written once for H2 and PostgreSQL:
 * repositories are compiled for the PostgreSQL dialect, and H2 runs the same statements
 * (its identifiers folded to lower case, as PostgreSQL folds them).
 */
package dev.bindery.registry.store;
