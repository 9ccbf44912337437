/**
 * Step three: emitting a {@link dev.bindery.codegen.plan.Plan} as Java source with Palantir JavaPoet.
 * One emitter per construct (object as record or bean, open enum, union, scalar union) plus the
 * runtime pieces (envelope, marshaller) of each layout.
 */
package dev.bindery.codegen.emit;
