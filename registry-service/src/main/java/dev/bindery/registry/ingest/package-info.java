/**
 * Ingestion: events arriving on a bus through any door (EventBridge PutEvents, CloudEvents, NDJSON, API
 * destinations, whose retried envelope ids are answered without being counted again).
 * Each door translates its wire format into {@link dev.bindery.registry.ingest.IncomingEvent}s (or
 * refuses an entry whose wire form is wrong); {@link dev.bindery.registry.ingest.IngestionService}
 * checks them with one set of rules for every door, hands the valid ones to discovery and answers per
 * entry. A bad entry gets its own error; the good entries of the same batch are kept. A door bringing a
 * stream of batches hands them to an {@link dev.bindery.registry.ingest.IngestionPipeline}, which checks
 * one batch on the caller's thread while a worker journals and folds the previous one. No HTTP types.
 */
package dev.bindery.registry.ingest;
