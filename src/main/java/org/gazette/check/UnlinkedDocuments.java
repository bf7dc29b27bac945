package org.gazette.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gazette.content.ContentLoader;
import org.gazette.problem.Problem;

/**
 * Office documents under {@code content/} that no article links: a manuscript saved beside its
 * article ({@code 稿件.docx}, comments and tracked changes included) is published with the
 * site, for anyone who guesses its address. A warning, since a document may be meant for
 * download from a page written elsewhere.
 *
 * <pre>{@code
 * UnlinkedDocuments.of(publishedFiles, Set.of("/news/通知.pdf"));
 * // content/news/稿件.docx: warning: this document is published at /news/稿件.docx but linked by no article ...
 * }</pre>
 */
final class UnlinkedDocuments {

    private static final Set<String> OFFICE = Set.of("doc", "docx", "wps", "xls", "xlsx");

    private UnlinkedDocuments() {
    }

    /**
     * {@code published}: output path (without a leading /) to source file, as {@link PublishedFiles}
     * gives them; {@code linked}: the site paths (with a leading /) articles link to.
     */
    static List<Problem> of(Map<String, Path> published, Set<String> linked) {
        List<Problem> problems = new ArrayList<>();
        published.forEach((output, source) -> {
            String name = source.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (source.startsWith(ContentLoader.CONTENT_FOLDER) && OFFICE.contains(extension) && !linked.contains("/" + output)) {
                problems.add(Problem.warning(source, 0, "this document is published at /" + output + " but linked by no"
                        + " article: a manuscript or a leftover? (link to it from an article, or move it out of content/)"));
            }
        });
        return problems;
    }
}
