/**
 * The HTTP API in the EventBridge Schemas wire format: controllers that map requests to the
 * catalog services and results to AWS's JSON shapes, the one place errors are rendered
 * ({@link dev.bindery.registry.api.AwsErrors}), and the request log.
 */
package dev.bindery.registry.api;
