package org.gazette.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.utils.PathUtils;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gazette.problem.Problem;
import org.gazette.yaml.Utf8Text;

/**
 * A Pebble loader over {@link Path}s, searching several folders in order so that the first
 * folder overrides the next. Works for folders on disk and inside the jar alike.
 */
final class TemplateLoader implements Loader<String> {

    private final List<Path> folders;
    /** How a template file is named in problems ("templates/home.html"). */
    private final Function<Path, String> describe;
    private final ThemeFiles files;
    private Charset charset = StandardCharsets.UTF_8;
    private String suffix = "";

    TemplateLoader(List<Path> folders, Function<Path, String> describe, ThemeFiles files) {
        this.folders = List.copyOf(folders);
        this.describe = describe;
        this.files = files;
    }

    /** The file that template {@code name} comes from. */
    Optional<Path> find(String name) {
        String file = name.endsWith(suffix) ? name : name + suffix;
        for (Path folder : folders) {
            Path candidate = folder.resolve(file).normalize();
            if (candidate.startsWith(folder) && !hidden(folder.relativize(candidate))
                    && files.isFile(candidate)) { // as the build listed them, not one come or gone since
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public Reader getReader(String name) {
        if (hidden(Path.of(name))) {
            // Hidden files are editors' and tools' (a lock, a backup): a build with the cache does
            // not look at them, so a page could not be told that one changed.
            throw new NotFound(name, "template \"" + name + "\" is in a hidden file or folder, which Gazette does not read:"
                    + " rename it without the leading dot");
        }
        Path file = find(name).orElseThrow(() -> new NotFound(name, folders));
        try {
            byte[] bytes = files.read(file); // the bytes the build fingerprinted, not a later save
            // Told as an article's would be, at its line: Pebble only says "Input length = 1", of the page's template
            Utf8Text.decode(bytes, Path.of(describe.apply(file))).problems().stream().filter(Problem::isError).findFirst()
                    .ifPresent(problem -> {
                        throw new NotUtf8(problem);
                    });
            // Git for Windows checks text out with CRLF line endings (core.autocrlf): read as LF, so
            // that a page's bytes do not depend on the machine the site was checked out on.
            return new StringReader(LineEndings.unix(new String(bytes, charset)));
        } catch (IOException e) {
            throw new LoaderException(e, "cannot read template " + file);
        }
    }

    /** A template file that is not UTF-8, with the problem saying where. */
    static final class NotUtf8 extends LoaderException {
        private final transient Problem problem;

        NotUtf8(Problem problem) {
            super(null, problem.message());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    /** True when a part of {@code name} starts with a dot ("." and ".." aside). */
    private static boolean hidden(Path name) {
        for (Path part : name) {
            String text = part.toString();
            if (text.startsWith(".") && !text.equals(".") && !text.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** No folder holds template {@code name}. */
    static final class NotFound extends LoaderException {
        private final String name;

        NotFound(String name, List<Path> folders) {
            this(name, "template \"" + name + "\" not found in " + folders);
        }

        NotFound(String name, String message) {
            super(null, message);
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    @Override
    public void setCharset(String charset) {
        this.charset = Charset.forName(charset);
    }

    @Override
    public void setPrefix(String prefix) {
        // folders are given to the constructor
    }

    @Override
    public void setSuffix(String suffix) {
        this.suffix = suffix == null ? "" : suffix;
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return find(templateName).isPresent();
    }
}
