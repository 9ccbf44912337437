/**
 * Console sessions and access: sessions kept in memory keyed by random ids, their CSRF tokens, and
 * the decision whether a session's principal may perform an API operation, asked of the security
 * package's {@code Authorizer} exactly as the API asks it.
 */
package dev.bindery.registry.console.session;
