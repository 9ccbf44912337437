/**
 * Schema content: the document types the registry accepts, how content is checked before it is
 * stored, its content address, and its conversion to JSON Schema for ExportSchema. Nothing here
 * fetches a remote reference.
 */
package dev.bindery.registry.content;
