/**
 * Writes the generated files into the output folder ({@link org.gazette.output.SiteWriter}): each
 * file is staged beside it and compared with the last build's, only the changed files are moved in
 * (the whole folder is swapped in when there is no previous build to compare with), and the
 * manifest goes last ({@link org.gazette.output.Manifest}, with its checksums and media types).
 * Also whether a build may write at a path at all ({@link org.gazette.output.OutputTarget}) and
 * output paths that clash as file and folder ({@link org.gazette.output.OutputPaths}).
 */
package org.gazette.output;
