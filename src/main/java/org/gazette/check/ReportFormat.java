package org.gazette.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.gazette.build.Scheduled;
import org.gazette.problem.Problem;

/**
 * How {@code gazette check} prints its report.
 *
 * <pre>{@code
 * ReportFormat.HUMAN.write(report, out);
 * // content/2023/a.md:3:7: error: date "5 May" is not a date (use YYYY-MM-DD ...)
 * //
 * // 1 error in 1 file; 12 articles checked in 0.84 s
 * }</pre>
 */
public enum ReportFormat {

    /** {@code file:LINE:COL: error|warning: message}, a blank line between files, then a summary. */
    HUMAN {
        @Override
        public void write(CheckReport report, PrintWriter out) {
            String previous = null;
            for (Problem problem : report.problems()) {
                if (previous != null && !previous.equals(problem.fileName())) {
                    out.println();
                }
                out.println(problem.formatLocated());
                previous = problem.fileName();
            }
            if (previous != null) {
                out.println();
            }
            Scheduled.note(report.scheduled()).ifPresent(note -> out.println("note: " + note));
            out.println(summary(report));
        }
    },

    /** One JSON object: counts, then {@code problems}, each with file, line, column, severity and message. */
    JSON {
        @Override
        public void write(CheckReport report, PrintWriter out) {
            try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeNumberField("articles", report.articles());
                json.writeNumberField("errors", report.errors());
                json.writeNumberField("warnings", report.warnings());
                json.writeNumberField("files", report.files());
                json.writeNumberField("elapsed_ms", report.elapsed().toMillis());
                json.writeArrayFieldStart("problems");
                for (Problem problem : report.problems()) {
                    json.writeStartObject();
                    json.writeStringField("file", problem.fileName());
                    json.writeNumberField("line", Math.max(problem.line(), 1));
                    json.writeNumberField("column", Math.max(problem.column(), 1));
                    json.writeStringField("severity", problem.severity().name().toLowerCase(Locale.ROOT));
                    json.writeStringField("message", problem.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("scheduled");
                for (Scheduled article : report.scheduled()) {
                    json.writeStartObject();
                    json.writeStringField("file", article.source().toString().replace('\\', '/'));
                    json.writeStringField("date", article.date().toOffsetDateTime().toString());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
            out.flush();
        }
    },

    /** GitHub Actions workflow commands, which show each problem on the line of the pull request's diff. */
    GITHUB {
        @Override
        public void write(CheckReport report, PrintWriter out) {
            for (Problem problem : report.problems()) {
                out.printf("::%s file=%s,line=%d,col=%d::%s%n", problem.isError() ? "error" : "warning",
                        escapeProperty(problem.fileName()), Math.max(problem.line(), 1), Math.max(problem.column(), 1),
                        escapeData(problem.message()));
            }
            Scheduled.note(report.scheduled()).ifPresent(note -> out.println("::notice::" + escapeData(note)));
            out.println(summary(report));
        }
    };

    /**
     * Made on first use: picocli loads this enum for {@code check --format}'s default whatever the command,
     * and Jackson's classes cost {@code gazette --version} about 20 ms of its start-up without the class data
     * sharing archive.
     */
    private static final class Json {
        /** Leaves the command's output open when a report is written. */
        static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    }

    public abstract void write(CheckReport report, PrintWriter out);

    /** {@code 2 errors and 1 warning in 2 files; 12 articles checked in 0.84 s}, or {@code no problems; ...}. */
    public static String summary(CheckReport report) {
        String found;
        if (report.problems().isEmpty()) {
            found = "no problems";
        } else {
            String errors = report.errors() > 0 ? count(report.errors(), "error") : "";
            String warnings = report.warnings() > 0 ? count(report.warnings(), "warning") : "";
            found = errors + (!errors.isEmpty() && !warnings.isEmpty() ? " and " : "") + warnings
                    + " in " + count(report.files(), "file");
        }
        return String.format(Locale.ROOT, "%s; %s checked in %.2f s", found, count(report.articles(), "article"),
                report.elapsed().toMillis() / 1000.0);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
