package org.gazette.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.gazette.config.SiteConfigLoader;
import org.gazette.content.ContentLoader;
import org.gazette.content.LinkGuard;
import org.gazette.content.SourceWalk;
import org.gazette.content.StaticFiles;
import org.gazette.problem.Problem;
import org.gazette.problem.ReadProblems;

/**
 * Where a site's templates and theme assets come from. Templates are looked up first in the
 * site's own {@code templates/} folder, so that a site overrides any theme template by giving a
 * file of the same name, then in the theme's {@code templates/}, then in the site's own
 * {@code themes/default/}, then in the default theme bundled in the jar: a theme inherits
 * whatever it does not define, assets and strings too.
 * The theme is {@code themes/NAME/} under the site root; the bundled default theme also serves
 * sites that do not carry a copy.
 *
 * <pre>{@code
 * Theme theme = Theme.locate(root, "default");
 * theme.templateFolders(); // [root/templates, root/themes/default/templates]
 * }</pre>
 *
 * @param name            the theme's name
 * @param templateFolders folders searched for templates, in order
 * @param folder          the theme's own folder, when it has one
 * @param inherited       the themes it inherits from: the bundled default theme, then the site's own
 *                        {@code themes/default/} when it has one (none for the default theme itself)
 * @param assets          {@code assets/} folders, published under {@code /assets/}, later ones overriding earlier ones
 * @param root            the site root, to name files in problems
 * @param files           its files' bytes, each read once ({@link ThemeFiles})
 */
public record Theme(String name, List<Path> templateFolders, Optional<Path> folder, List<Path> inherited, List<Path> assets,
                    Path root, ThemeFiles files) {

    public static final String TEMPLATES = "templates";
    public static final String ASSETS = "assets";

    public Theme {
        templateFolders = List.copyOf(templateFolders);
        inherited = List.copyOf(inherited);
        assets = List.copyOf(assets);
    }

    /** Finds the theme {@code name} for the site at {@code root}; throws {@link ThemeException} when there is none. */
    public static Theme locate(Path root, String name) {
        return locate(root, name, new ThemeFiles());
    }

    /**
     * The same, its templates, strings and assets found and read through {@code files}: a build
     * gives it the files its inputs' fingerprint listed, with the bytes it took.
     */
    public static Theme locate(Path root, String name, ThemeFiles files) {
        Path themes = root.resolve("themes");
        Path themeFolder = themes.resolve(name);
        Path overrides = root.resolve(TEMPLATES);
        refuseFaults(root, themes, themeFolder, overrides);
        if (!isFolder(themeFolder, files)) {
            themeFolder = bundled(name).orElseThrow(() -> new ThemeException(Problem.error(Path.of(SiteConfigLoader.FILE_NAME),
                    SiteConfigLoader.lineOf(root, "theme"),
                    "theme \"" + name + "\" not found (expected the folder themes/" + name + "/, or use theme: default)")));
        }
        // The site's own copy of the default theme, edited, over the bundled one: both fill in what the theme lacks
        List<Path> inherited = new ArrayList<>();
        bundledDefault().filter(Files::isDirectory).ifPresent(inherited::add);
        Optional.of(themes.resolve("default")).filter(folder -> isFolder(folder, files)).ifPresent(inherited::add);
        inherited.remove(themeFolder);
        List<Path> folders = new ArrayList<>();
        if (files.holdsFiles(overrides)) {
            folders.add(overrides);
        }
        folders.add(themeFolder.resolve(TEMPLATES));
        for (int i = inherited.size() - 1; i >= 0; i--) {
            folders.add(inherited.get(i).resolve(TEMPLATES)); // the site's copy before the bundled one
        }
        List<Path> assets = new ArrayList<>();
        for (Path folder : inherited) {
            assets.add(folder.resolve(ASSETS)); // later ones override earlier ones
        }
        assets.add(themeFolder.resolve(ASSETS));
        assets.removeIf(folder -> !isFolder(folder, files));
        return new Theme(name, folders, Optional.of(themeFolder), inherited, assets, root, files);
    }

    /**
     * Whether {@code folder} is there: holding files as {@code files} lists them (a build, as its
     * inputs' fingerprint found them, though the folder went away and came back since), or, for
     * an empty folder, which a listing of files cannot tell, on disk now.
     */
    private static boolean isFolder(Path folder, ThemeFiles files) {
        return files.holdsFiles(folder) || Files.isDirectory(folder);
    }

    /**
     * The folders whose strings the theme has ({@code i18n/} in each), later ones overriding
     * earlier ones: the bundled default theme, the site's own {@code themes/default/}, the theme.
     */
    public List<Path> stringFolders() {
        List<Path> folders = new ArrayList<>(inherited);
        folder.ifPresent(folders::add);
        return folders.stream().map(f -> f.resolve(ThemeStrings.FOLDER)).toList();
    }

    /**
     * A template, string or asset of the site's own that is a link to nothing would be replaced,
     * without a word, by the theme's or the bundled default's of the same name, or left out; so
     * would the whole theme, or the site's templates/, if their folder were such a link or a file.
     * Hidden files, which the build never reads, and the theme's other folders are let be. Every
     * such link is told at once.
     */
    private static void refuseFaults(Path root, Path themes, Path themeFolder, Path overrides) {
        List<Problem> problems = new ArrayList<>();
        for (Path folder : List.of(themes, themeFolder)) {
            try {
                SourceWalk.refuseUnlessFolder(folder);
            } catch (UncheckedIOException e) {
                problems.addAll(ReadProblems.of(e, root));
            }
        }
        for (Path folder : List.of(overrides, themeFolder.resolve(TEMPLATES), themeFolder.resolve(ASSETS),
                themeFolder.resolve(ThemeStrings.FOLDER))) {
            try {
                SourceWalk.files(folder, LinkGuard.within(root), path -> !SourceWalk.hasHiddenPart(folder.relativize(path)));
            } catch (UncheckedIOException e) {
                problems.addAll(ReadProblems.of(e, root));
            }
        }
        if (!problems.isEmpty()) {
            throw new ThemeException(problems);
        }
    }

    /** The theme's asset files, by their path inside {@code assets/} ("style.css"), sorted. */
    public List<Map.Entry<String, Path>> assetFiles() {
        Map<String, Path> found = new TreeMap<>();
        for (Path folder : assets) {
            // Hidden files and folders (a theme's sources), editors' backups and locks ("style.css~", "#style.css#"),
            // as in content/, are not published, nor systems' litter.
            Predicate<Path> published = p -> ContentLoader.hiddenPart(folder.relativize(p)).isEmpty()
                    && StaticFiles.isPublished(folder.relativize(p));
            // Walked on disk whatever the listing: a link out of the site (key.css -> ~/.ssh/id_rsa) is
            // refused here, in an inherited theme's assets too, which the listing's walk does not refuse.
            List<Path> onDisk = SourceWalk.files(folder, LinkGuard.within(root), published);
            // As the build listed the theme: none come since, none missing for the folder gone and back.
            files.filesUnder(folder, f -> onDisk).stream().filter(published)
                    .forEach(p -> found.put(folder.relativize(p).toString().replace('\\', '/'), p));
        }
        return List.copyOf(found.entrySet());
    }

    /** How a theme file is named to editors: relative to the site root, or as bundled in the jar. */
    public String describe(Path file) {
        if (file.getFileSystem().equals(root.getFileSystem()) && file.toAbsolutePath().startsWith(root.toAbsolutePath())) {
            return root.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        }
        Optional<Path> bundled = bundledDefault()
                .filter(folder -> folder.getFileSystem().equals(file.getFileSystem()) && file.startsWith(folder));
        if (bundled.isPresent()) {
            return "themes/default/" + bundled.get().relativize(file).toString().replace('\\', '/') + " (bundled)";
        }
        return file.toString();
    }

    /** The default theme bundled in the jar, which fills in what other themes leave out. */
    public static Optional<Path> bundledDefault() {
        return bundled("default");
    }

    private static Optional<Path> bundled(String name) {
        URL url = Theme.class.getResource("/themes/" + name + "/" + TEMPLATES);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return Optional.of(jar.getPath("/themes", name));
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            return Optional.empty();
        }
    }
}
