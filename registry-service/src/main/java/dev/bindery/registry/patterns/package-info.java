/**
 * Event patterns: matching with AWS's own matcher, event-ruler ({@link dev.bindery.registry.patterns.EventPattern},
 * {@link dev.bindery.registry.patterns.PatternTester}); rules stored to be checked, never to deliver events
 * ({@link dev.bindery.registry.patterns.RuleService}); and the lint that reads a pattern against the schemas of the
 * events it could match ({@link dev.bindery.registry.patterns.PatternLinter}). See docs/adr/0018-event-patterns.md.
 */
package dev.bindery.registry.patterns;
