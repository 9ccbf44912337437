/**
 * The registry's errors: one exception type carrying one of the modelled AWS error codes, so that
 * every layer can fail with the code the client must see and the API maps it in one place.
 */
package dev.bindery.registry.error;
