/**
 * Writes the generated files into the output folder ({@link org.gazette.output.SiteWriter}): each
 * file is staged beside it and compared with the last build's, only the changed files are moved in
 * (the whole folder is swapped in when there is no previous build to compare with), and the
 * manifest goes last ({@link org.gazette.output.Manifest}, with its checksums and media types).
 * Also the staging folders beside it ({@link org.gazette.output.OutputFolders}), whether a build
 * may write at a path at all ({@link org.gazette.output.OutputTarget}), and the paths a build
 * claims and their clashes ({@link org.gazette.output.PathClaims},
 * {@link org.gazette.output.OutputPaths}).
 */
package org.gazette.output;
