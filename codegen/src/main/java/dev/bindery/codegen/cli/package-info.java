/** The command-line tool around {@link dev.bindery.codegen.Generator}: argument parsing, file writing, exit codes. */
package dev.bindery.codegen.cli;
