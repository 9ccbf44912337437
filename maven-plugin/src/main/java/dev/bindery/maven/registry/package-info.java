/**
 * Talking to a Bindery registry over its EventBridge Schemas wire protocol: {@link
 * dev.bindery.maven.registry.RegistryClient} is the seam the goals' plain classes depend on, {@link
 * dev.bindery.maven.registry.HttpRegistryClient} the {@code java.net.http} implementation, {@link
 * dev.bindery.maven.registry.RegistryAccess} the registry's URL and credentials (an access key signing
 * with AWS Signature Version 4 through the AWS SDK's signer, or a bearer token).
 */
package dev.bindery.maven.registry;
