/**
 * What the console's templates show: immutable view models, and the plain-Java parts of rendering
 * that deserve tests of their own (JSON pretty-printing with highlighting, the collapsible tree, the
 * line diff of two versions). Nothing here speaks HTTP.
 */
package dev.bindery.registry.console.view;
