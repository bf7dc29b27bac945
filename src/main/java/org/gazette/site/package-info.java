/**
 * The immutable model of a whole site (rendered articles in reading order, files to publish
 * beside them), the {@link org.gazette.site.OutputFile}s made from it and the
 * {@link org.gazette.site.Generator} seam that makes them.
 */
package org.gazette.site;
