/**
 * Schema inference engine: folds observed events into a bounded, mergeable statistical shape per event kind
 * and renders that shape as an OpenAPI 3 document in EventBridge's discovered-schema layout.
 *
 * <p>Owns: the fold ({@link dev.bindery.registry.discovery.inference.ShapeAccumulator}), the immutable,
 * commutatively mergeable state ({@link dev.bindery.registry.discovery.inference.ShapeSnapshot}) and its JSON
 * persistence form, the inference rules ({@link dev.bindery.registry.discovery.inference.InferenceRules}) and the
 * property-name hints they use, string format detection, the OpenAPI writer, and schema naming
 * ({@link dev.bindery.registry.discovery.inference.SchemaNames}).
 *
 * <p>Framework-free on purpose: only the JDK and Jackson. Persistence, HTTP and version management are built on
 * top of this package elsewhere in {@code discovery}.
 */
package dev.bindery.registry.discovery.inference;
