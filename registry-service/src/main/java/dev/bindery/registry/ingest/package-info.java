/**
 * Ingestion: events arriving on a bus (EventBridge PutEvents), checked entry by entry, turned into
 * EventBridge envelopes and handed to discovery. A bad entry gets its own error; the good entries
 * of the same batch are kept.
 */
package dev.bindery.registry.ingest;
