/**
 * Compatibility rules of registries and schemas, and what is done with them: the rule in force
 * (a schema's override, its registry's default, the service default), the check of a candidate
 * against a schema's versions, the diff of two versions, the enforcement on UpdateSchema and the
 * judgement recorded with every new version. The comparison itself is {@code compat}'s.
 */
package dev.bindery.registry.rules;
