package org.gazette.importer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gazette.problem.Problem;

/**
 * What {@code gazette import} did with each file: where the article went, what it could not
 * recognise and kept as text, what it guessed, and which files it could not import and why.
 *
 * <pre>
 * old/congress.txt -&gt; content/2023/five-year-review/index.md
 *   old/congress.txt:5: warning: text printed before the headline was kept as body text, in its place (…)
 * old/scan.pdf: error: the file is not text (…)
 * Imported 1 of 2 files; 1 could not be imported.
 * </pre>
 *
 * @param entries one per legacy file, in the order they were imported
 * @param skipped files in the folders that are not articles (images, stylesheets), left alone
 */
public record ImportReport(List<Entry> entries, int skipped) {

    public ImportReport {
        entries = List.copyOf(entries);
    }

    /**
     * @param source  the legacy file, as named on the command line
     * @param written the article written, when it was
     * @param notes   problems (it was not imported) and warnings (what to check in it)
     */
    public record Entry(Path source, Optional<Path> written, List<Problem> notes) {

        public Entry {
            notes = List.copyOf(notes);
        }
    }

    public long imported() {
        return entries.stream().filter(e -> e.written().isPresent()).count();
    }

    public long failed() {
        return entries.size() - imported();
    }

    public void print(PrintWriter out) {
        for (Entry entry : entries) {
            String source = entry.source().toString().replace('\\', '/');
            if (entry.written().isPresent()) {
                out.println(source + " -> " + entry.written().get().toString().replace('\\', '/'));
                entry.notes().forEach(note -> out.println("  " + note.format()));
            } else {
                entry.notes().forEach(note -> out.println(note.format().startsWith(source + ": ") && note.isError()
                        ? source + ": error: " + note.message() : note.format()));
            }
        }
        StringBuilder summary = new StringBuilder("Imported " + imported() + " of " + entries.size() + " file"
                + (entries.size() == 1 ? "" : "s"));
        if (failed() > 0) {
            summary.append("; ").append(failed()).append(" could not be imported (see above)");
        }
        if (skipped > 0) {
            summary.append("; ").append(skipped).append(" other file").append(skipped == 1 ? "" : "s")
                    .append(" in the folders (not .txt or .html) left alone");
        }
        out.println(summary.append('.'));
        if (imported() > 0) {
            out.println("Check the imported articles with: gazette check");
        }
    }
}
