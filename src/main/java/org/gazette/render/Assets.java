package org.gazette.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gazette.problem.Problem;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * The theme's {@code assets/} files, published under {@code /assets/} with a hash of their
 * content in the name ({@code style.css} becomes {@code style.3f2a1b9c0d.css}) so that they can be
 * cached forever: a changed file gets a new name. Templates link them with {@code asset('style.css')};
 * a stylesheet's references to other assets are rewritten to their published names
 * ({@link StylesheetReferences}).
 *
 * <pre>{@code
 * Assets assets = Assets.of(theme);
 * assets.path("fonts/heading.woff2"); // "/assets/fonts/heading.c22fe8c70c.woff2"
 * }</pre>
 */
public final class Assets implements Generator {

    private static final int HASH_LENGTH = 10;

    private final Map<String, String> published;
    /**
     * Each asset's bytes as published, by name: those its name's hash was taken of (a stylesheet's
     * with its references rewritten), not the file read again, which may have been saved since.
     */
    private final Map<String, byte[]> contents;

    private Assets(Map<String, String> published, Map<String, byte[]> contents) {
        this.published = published;
        this.contents = contents;
    }

    public static Assets of(Theme theme) {
        Map<String, Path> sources = new TreeMap<>();
        for (Map.Entry<String, Path> asset : theme.assetFiles()) {
            sources.put(asset.getKey(), asset.getValue());
        }
        Publishing publishing = new Publishing(theme, sources);
        sources.keySet().forEach(publishing::fileName);
        if (!publishing.problems.isEmpty()) {
            throw new ThemeException(publishing.problems);
        }
        Map<String, String> published = new TreeMap<>();
        publishing.fileNames.forEach((name, fileName) -> published.put(name, "/" + Theme.ASSETS + "/" + fileName));
        return new Assets(published, publishing.contents);
    }

    /**
     * The names assets are published under, worked out in the order stylesheets need them: a
     * stylesheet's name is the hash of its bytes once its references name the files they lead to,
     * so that a changed font gives the stylesheet that uses it a new name too.
     */
    private static final class Publishing {
        private final Theme theme;
        private final Map<String, Path> sources;
        private final Map<String, String> fileNames = new TreeMap<>();
        private final Map<String, byte[]> contents = new TreeMap<>();
        private final Set<String> underWay = new HashSet<>();
        private final List<Problem> problems = new ArrayList<>();

        Publishing(Theme theme, Map<String, Path> sources) {
            this.theme = theme;
            this.sources = sources;
        }

        /** The name asset {@code name} is published under inside assets/ ("fonts/heading.c22fe8c70c.woff2"). */
        Optional<String> fileName(String name) {
            if (fileNames.containsKey(name) || !sources.containsKey(name)) {
                return Optional.ofNullable(fileNames.get(name));
            }
            Path file = sources.get(name);
            if (!underWay.add(name)) {
                throw new ThemeException(Problem.error(Path.of(theme.describe(file)), 0, name
                        + " leads back to itself through its url() and @import references (a stylesheet cannot carry"
                        + " the hash of a name that depends on its own: remove one of the references)"));
            }
            byte[] bytes = LineEndings.unix(name, read(theme, file));
            if (name.endsWith(".css")) {
                String css = new String(bytes, StandardCharsets.UTF_8);
                if (Arrays.equals(css.getBytes(StandardCharsets.UTF_8), bytes)) { // not UTF-8: copied as it is
                    String rewrittenCss = StylesheetReferences.rewrite(css, name,
                            target -> fileName(target).map(f -> f.substring(f.lastIndexOf('/') + 1)),
                            Path.of(theme.describe(file)), problems);
                    if (!rewrittenCss.equals(css)) {
                        bytes = rewrittenCss.getBytes(StandardCharsets.UTF_8);
                    }
                }
            }
            contents.put(name, bytes);
            fileNames.put(name, fingerprinted(name, bytes));
            return Optional.of(fileNames.get(name));
        }
    }
    /** The site path of asset {@code name} ("style.css"); an unknown name is a theme error. */
    public String path(String name) {
        String path = published.get(name);
        if (path == null) {
            throw new ThemeException(Problem.error(Path.of(Theme.ASSETS, name), 0, "the theme has no asset \"" + name
                    + "\" (add it to the theme's " + Theme.ASSETS + "/ folder, or correct the name)"));
        }
        return path;
    }

    /** Nothing but the theme. */
    @Override
    public Object dependsOn(Site site) {
        return List.of();
    }

    @Override
    public List<OutputFile> generate(Site site) {
        return contents.entrySet().stream()
                .map(e -> OutputFile.of(published.get(e.getKey()).substring(1), e.getValue()))
                .toList();
    }

    private static byte[] read(Theme theme, Path file) {
        try {
            return theme.files().read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String fingerprinted(String name, byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            String hash = HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name + "." + hash : name.substring(0, dot) + "." + hash + name.substring(dot);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
