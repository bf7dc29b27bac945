/**
 * Writes new article files: from the legacy archive's plain-text and HTML articles
 * ({@code gazette import}, entry point {@link org.gazette.importer.Importer}) and from the
 * front-matter template ({@code gazette new}, {@link org.gazette.importer.NewArticle}).
 * Legacy text is read leniently: whatever is not recognised is kept as text and listed in the
 * {@link org.gazette.importer.ImportReport}, never dropped.
 */
package org.gazette.importer;
