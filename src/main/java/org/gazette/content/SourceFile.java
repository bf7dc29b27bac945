package org.gazette.content;

import java.nio.file.Path;

/**
 * One Markdown file under {@code content/}, as bytes: decoding is part of parsing, so that a
 * file that is not UTF-8 is reported like any other problem.
 *
 * @param path  the file relative to the site root, as shown to editors ({@code content/2023/x.md})
 * @param bytes the file's contents
 */
public record SourceFile(Path path, byte[] bytes) {
}
