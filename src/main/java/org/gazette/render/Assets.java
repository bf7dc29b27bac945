package org.gazette.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.problem.Problem;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * The theme's {@code assets/} files, published under {@code /assets/} with a hash of their
 * content in the name ({@code style.css} becomes {@code style.3f2a1b9c0d.css}) so that they can be
 * cached forever: a changed file gets a new name. Templates link them with {@code asset('style.css')}.
 */
public final class Assets implements Generator {

    private static final int HASH_LENGTH = 10;

    private final Map<String, Path> sources;
    private final Map<String, String> published;

    private Assets(Map<String, Path> sources, Map<String, String> published) {
        this.sources = sources;
        this.published = published;
    }

    public static Assets of(Theme theme) {
        Map<String, Path> sources = new TreeMap<>();
        Map<String, String> published = new TreeMap<>();
        for (Map.Entry<String, Path> asset : theme.assetFiles()) {
            sources.put(asset.getKey(), asset.getValue());
            published.put(asset.getKey(), "/" + Theme.ASSETS + "/" + fingerprinted(asset.getKey(), asset.getValue()));
        }
        return new Assets(sources, published);
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
        return sources.entrySet().stream()
                .map(e -> OutputFile.copy(published.get(e.getKey()).substring(1), e.getValue()))
                .toList();
    }

    private static String fingerprinted(String name, Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            String hash = HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name + "." + hash : name.substring(0, dot) + "." + hash + name.substring(dot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
