/**
 * The goals that move schema documents between the project and a registry, without Maven:
 * {@link dev.bindery.maven.publish.DownloadTask}, {@link dev.bindery.maven.publish.RegisterTask} and
 * {@link dev.bindery.maven.publish.CompatibilityTask}.
 */
package dev.bindery.maven.publish;
