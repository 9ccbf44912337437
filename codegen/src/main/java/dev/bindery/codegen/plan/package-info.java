/**
 * Step two: deciding Java names and types for a read schema document. The result, a {@link
 * dev.bindery.codegen.plan.Plan}, is what the emitters turn into source files.
 */
package dev.bindery.codegen.plan;
