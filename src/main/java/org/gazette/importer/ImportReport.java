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
 * old/visit.txt -&gt; content/2023/visit/index.md: imported before, left as it is
 * old/scan.pdf: error: the file is not text (…)
 * Imported 1 of 3 files; 1 was imported before (left as it is); 1 could not be imported (see above).
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
     * @param kept    the article an earlier import wrote, left as it is, when it was there already; or,
     *                for a page the old site published twice, the article of the first
     * @param sameAs  the file imported before this one that gave the same article, when it did
     * @param notes   problems (it was not imported) and warnings (what to check in it)
     */
    public record Entry(Path source, Optional<Path> written, Optional<Path> kept, Optional<Path> sameAs, List<Problem> notes) {

        public Entry {
            notes = List.copyOf(notes);
        }

        /** A file imported now, or before. */
        public Entry(Path source, Optional<Path> written, Optional<Path> kept, List<Problem> notes) {
            this(source, written, kept, Optional.empty(), notes);
        }

        /** A file imported now, or not at all (with the error that says why among its notes). */
        public Entry(Path source, Optional<Path> written, List<Problem> notes) {
            this(source, written, Optional.empty(), notes);
        }
    }

    public long imported() {
        return entries.stream().filter(e -> e.written().isPresent()).count();
    }

    /** Files whose article an earlier import wrote: left as they are, which is no failure. */
    public long kept() {
        return entries.stream().filter(e -> e.kept().isPresent() && e.sameAs().isEmpty()).count();
    }

    /** Files that gave the same article as one imported before them (a page published twice): not imported again. */
    public long duplicates() {
        return entries.stream().filter(e -> e.sameAs().isPresent()).count();
    }

    /** Pages that are no articles (an old site's list pages), with a warning saying so and no error. */
    public long leftAlone() {
        return entries.stream().filter(e -> e.written().isEmpty() && e.kept().isEmpty()
                && e.notes().stream().noneMatch(Problem::isError)).count();
    }

    public long failed() {
        return entries.size() - imported() - kept() - duplicates() - leftAlone();
    }

    private static String shown(Path path) {
        return path.toString().replace('\\', '/');
    }

    public void print(PrintWriter out) {
        for (Entry entry : entries) {
            String source = entry.source().toString().replace('\\', '/');
            if (entry.written().isPresent()) {
                out.println(source + " -> " + shown(entry.written().get()));
            } else if (entry.sameAs().isPresent()) {
                out.println(source + " -> " + shown(entry.kept().get()) + ": the same article as " + shown(entry.sameAs().get())
                        + ", not imported again");
            } else if (entry.kept().isPresent()) {
                out.println(source + " -> " + shown(entry.kept().get()) + ": imported before, left as it is");
            } else if (entry.notes().stream().noneMatch(Problem::isError)) {
                out.println(source + ": left alone");
            } else {
                entry.notes().stream().filter(Problem::isError)
                        .forEach(note -> out.println(source + (note.line() > 0 ? ":" + note.line() : "") + ": error: " + note.message()));
            }
            // The warnings under their file, in line order, whatever became of it.
            entry.notes().stream().filter(note -> !note.isError()).sorted(Problem.BY_POSITION)
                    .forEach(note -> out.println("  " + note.format()));
        }
        StringBuilder summary = new StringBuilder("Imported " + imported() + " of " + entries.size() + " file"
                + (entries.size() == 1 ? "" : "s"));
        if (kept() > 0) {
            summary.append("; ").append(kept()).append(kept() == 1 ? " was" : " were")
                    .append(" imported before (left as ").append(kept() == 1 ? "it is)" : "they are)");
        }
        if (duplicates() > 0) {
            summary.append("; ").append(duplicates()).append(duplicates() == 1 ? " was" : " were")
                    .append(" the same article as a file before (not imported again)");
        }
        if (leftAlone() > 0) {
            summary.append("; ").append(leftAlone()).append(leftAlone() == 1 ? " page was a list" : " pages were lists")
                    .append(" of links, not articles (left alone)");
        }
        if (failed() > 0) {
            summary.append("; ").append(failed()).append(" could not be imported (see above)");
        }
        if (skipped > 0) {
            summary.append("; ").append(skipped).append(" other file").append(skipped == 1 ? "" : "s")
                    .append(" in the folders (not .txt or .html) left alone");
        }
        out.println(summary.append('.'));
        if (imported() + kept() + duplicates() > 0) {
            out.println("Check the imported articles with: gazette check");
        }
    }
}
