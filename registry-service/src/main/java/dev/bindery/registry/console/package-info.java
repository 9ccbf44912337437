/**
 * The web console at {@code /console}: server-rendered HTML pages over the same services the JSON API
 * calls (catalog, rules, discovery, bindings). Controllers here map HTTP to those services and to
 * view models; the templates (JTE, compiled to Java at build time) live in {@code src/main/jte}. The
 * console authenticates its own requests with a session cookie ({@link dev.bindery.registry.console.session})
 * and authorizes every page and form through the security package's operation table, so a principal
 * sees and may submit exactly what its role allows through the API. See ADR 0017.
 */
package dev.bindery.registry.console;
