/**
 * Configuration of the registry: the AWS identity its ARNs carry and the limits it enforces on input.
 */
package dev.bindery.registry.config;
