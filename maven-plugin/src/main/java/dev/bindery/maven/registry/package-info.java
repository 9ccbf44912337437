/**
 * Talking to a Bindery registry over its EventBridge Schemas wire protocol: {@link
 * dev.bindery.maven.registry.RegistryClient} is the seam the goals' plain classes depend on, {@link
 * dev.bindery.maven.registry.HttpRegistryClient} the {@code java.net.http} implementation.
 */
package dev.bindery.maven.registry;
