/**
 * Schema discovery: discoverers, one per event bus, that decide which buses' events are
 * inferred. The inference engine itself lives in {@code discovery.inference}.
 */
package dev.bindery.registry.discovery;
