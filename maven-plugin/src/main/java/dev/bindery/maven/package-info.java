/**
 * The Maven goals: thin, thread-safe classes that copy their parameters into an immutable request and
 * hand it to the plain classes of {@code generate} and {@code publish}.
 */
package dev.bindery.maven;
