package org.gazette.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazette.build.BuildOptions;
import org.gazette.config.SiteConfigLoader;
import org.gazette.content.FileStamp;
import org.gazette.content.GitDates;
import org.gazette.content.SourceFile;
import org.gazette.content.SourceWalk;
import org.gazette.render.Theme;
import org.gazette.render.ThemeFiles;
import org.gazette.render.ThemeStrings;

/**
 * One fingerprint of everything a build reads: the options, {@code site.yaml}, every article's
 * bytes, the size, time and inode of every other file under {@code content/} and {@code static/}
 * ({@link FileStamp}: a link pointed at another file of the same size and time counts), the
 * bytes of every theme and template file, the git commit and the git program (for dates from git) and the Gazette that builds.
 * When it equals the last successful build's, and that build's output is still in place, the
 * site would come out the same, and nothing needs doing.
 *
 * @param digest  the fingerprint of all of it
 * @param sources each article file's own fingerprint (path and bytes), which the article cache
 *                keys on: the bytes are hashed once per build, or not read at all when their
 *                stamp shows them as the last build read them ({@link SourceStamps})
 * @param stamps  each article file's stamp as the next build may take it ({@link SourceFile#stampToKeep})
 * @param newlySettled how many articles were read, not known by their stamps, whose stamps are
 *                settled: the next build can know them by these
 * @param gitHead what {@link GitDates#head} answered (empty without dates from git), which also
 *                tells a build that found nothing changed why it takes no dates, if it takes none
 * @param siteYaml the bytes of {@code site.yaml} fingerprinted (empty when there is none): the
 *                build's settings are read from these, so that a save and an undo while it runs
 *                cannot leave pages of other settings under this fingerprint
 * @param staticFiles the files of {@code static/} fingerprinted, by path: the build publishes none
 *                other, so that a file that comes and goes while it runs is not left in a site
 *                recorded under this fingerprint
 * @param themeFiles the files of {@code themes/} and {@code templates/} listed, with the bytes of
 *                the templates and strings fingerprinted: the build makes its pages of these
 *                ({@link ThemeFiles}), so that a template saved, or come or gone, and put back
 *                while it runs cannot leave pages of others under this fingerprint
 */
public record Inputs(byte[] digest, Map<Path, byte[]> sources, Map<Path, FileStamp> stamps, int newlySettled,
                     String gitHead, Optional<byte[]> siteYaml, Set<Path> staticFiles, ThemeFiles themeFiles) {

    static Inputs of(BuildOptions options, Path root, List<SourceFile> sources, List<Path> files) {
        Fingerprint key = new Fingerprint()
                .add(CodeStamp.current())
                .add(List.of(options.drafts(), options.future(), options.gitDates()))
                .add(options.baseUrl())
                .add(options.output().toAbsolutePath().normalize());
        Optional<byte[]> siteYaml = SiteConfigLoader.readIfFile(root);
        key.add(siteYaml.orElse(new byte[0]));
        key.add(sources.size());
        // Each article's fingerprint on every core (or the one kept with its stamp), then the fingerprints in order.
        List<byte[]> articles = sources.parallelStream()
                .map(source -> source.knownKey().orElseGet(() -> sourceKey(source))).toList();
        articles.forEach(key::add);
        Map<Path, byte[]> byPath = new HashMap<>(sources.size() * 2);
        Map<Path, FileStamp> stamps = new HashMap<>(sources.size() * 2);
        int settled = 0;
        for (int i = 0; i < sources.size(); i++) {
            SourceFile source = sources.get(i);
            byPath.put(source.path(), articles.get(i));
            Optional<FileStamp> stamp = source.stampToKeep();
            if (stamp.isPresent()) {
                stamps.put(source.path(), stamp.get());
                boolean read = source.knownKey().isEmpty();
                settled += read && stamp.get().changed() != FileStamp.UNSETTLED ? 1 : 0;
            }
        }
        Map<Path, byte[]> themeFiles = new HashMap<>();
        Set<Path> staticFiles = new HashSet<>();
        Set<Path> themeListed = new HashSet<>();
        key.add(files.size());
        for (Path file : files) {
            addState(key, root.resolve(file), file.toString());
        }
        for (String folder : List.of("static", "themes", "templates")) {
            // Faults too (a link to nothing, the folder saved as a file), by name: the build refuses
            // them, and must not be skipped as up to date while they are there.
            SourceWalk.Survey survey = SourceWalk.survey(root.resolve(folder));
            key.add(folder).add(survey.faults().size());
            for (Path fault : survey.faults()) {
                key.add(root.relativize(fault).toString());
            }
            for (Path file : survey.files()) {
                String name = root.relativize(file).toString();
                (folder.equals("static") ? staticFiles : themeListed).add(file);
                if (!folder.equals("static") && isTemplateOrStrings(root.relativize(file))) {
                    addBytes(key, file, name, themeFiles);
                } else {
                    addState(key, file, name);
                }
            }
        }
        String head = options.gitDates() ? GitDates.head(root) : "";
        if (options.gitDates()) {
            key.add(head).add(GitDates.program()); // another git may read the dates otherwise
        }
        return new Inputs(key.digest(), byPath, stamps, settled, head, siteYaml, staticFiles,
                new ThemeFiles(List.of(root.resolve("themes"), root.resolve("templates")), themeListed, themeFiles));
    }

    /** One article file's fingerprint: its path and bytes. */
    static byte[] sourceKey(SourceFile source) {
        return new Fingerprint().add(source.path()).add(source.bytes()).digest();
    }

    /**
     * A template or a theme's strings: small text files the pages are made of, taken by their
     * bytes, so that an edit that keeps the size and time (a tool restoring times) counts too.
     * Other theme files (assets, a theme's own tooling) go by size and time, like static files.
     */
    private static boolean isTemplateOrStrings(Path inFolder) {
        for (Path part : inFolder) {
            String name = part.toString();
            if (name.equals(Theme.TEMPLATES) || name.equals(ThemeStrings.FOLDER)) {
                return true;
            }
        }
        return false;
    }

    private static void addBytes(Fingerprint key, Path file, String name, Map<Path, byte[]> read) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            read.put(file, bytes);
            key.add(name).add(bytes);
        } catch (IOException e) {
            key.add(name).add("unreadable"); // the build itself tells what is wrong with it
        }
    }

    private static void addState(Fingerprint key, Path file, String name) {
        try {
            long lookedAt = System.currentTimeMillis();
            FileStamp stamp = FileStamp.of(file);
            key.add(name).add(stamp.size()).add(stamp.changed()).add(stamp.inode());
            if (!stamp.settled(lookedAt)) {
                // It may change again within the tick of its time: the next build must not take
                // these inputs for its own, so the look's time makes this fingerprint one of a kind.
                key.add("unsettled").add(lookedAt);
            }
        } catch (IOException e) {
            key.add(name).add("unreadable");
        }
    }
}
