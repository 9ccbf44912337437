/**
 * AWS Signature Version 4, verified the way AWS verifies it for non-S3 services: the request as it
 * arrived ({@link dev.bindery.registry.security.sigv4.SignedRequest}), the parsed {@code Authorization}
 * header ({@link dev.bindery.registry.security.sigv4.SigV4Authorization}) and the check itself
 * ({@link dev.bindery.registry.security.sigv4.SigV4Verifier}): date and skew, credential scope, the
 * canonical request rebuilt from the raw path and query, and a constant-time signature comparison.
 * Plain Java with no HTTP-framework types; every refusal is an
 * {@link dev.bindery.registry.security.AuthenticationException}.
 */
package dev.bindery.registry.security.sigv4;
