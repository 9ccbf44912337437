/**
 * Who may do what: principals and their roles, the credentials that prove who a caller is
 * (AWS Signature Version 4, bearer tokens, API keys, Basic, OIDC JWTs), the operation table that
 * says which role may call which operation, registry resource policies, and the audit trail.
 * Nothing here speaks HTTP: the {@code api} package turns a request into the values checked here.
 */
package dev.bindery.registry.security;
