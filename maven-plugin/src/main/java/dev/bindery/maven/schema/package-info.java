/**
 * What every goal shares: schema references ({@link dev.bindery.maven.schema.SchemaRef}), the local
 * schema files of a project ({@link dev.bindery.maven.schema.LocalSchemas}), content digests and the
 * build log seam ({@link dev.bindery.maven.schema.Console}).
 */
package dev.bindery.maven.schema;
