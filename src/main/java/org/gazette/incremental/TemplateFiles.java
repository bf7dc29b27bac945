package org.gazette.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.gazette.content.SourceWalk;
import org.gazette.render.PageTemplate;
import org.gazette.render.ThemeFiles;
import org.gazette.render.Templates;

/**
 * The theme's and the site's template files, by the template name they answer to ("article" for
 * {@code article.html} in any template folder), so that a page is keyed by the templates it is made
 * of ({@link PageTemplate}) and not by every template: editing the article template re-renders the
 * articles' pages, not the listings. What no name stands for (a file that is not a template, a
 * folder that cannot be read) is in every page's key.
 */
final class TemplateFiles {

    /** Each template name's files, in the order of the folders searched: a new override changes its key. */
    private final Map<String, List<Object>> byName = new TreeMap<>();
    private final Fingerprint everyPage = new Fingerprint();
    private final Map<Optional<SortedSet<String>>, byte[]> keys = new ConcurrentHashMap<>();

    /** The templates under {@code folders}, as {@code files} (the build's, listed and read once) has them. */
    TemplateFiles(List<Path> folders, ThemeFiles files) {
        for (Path folder : folders) {
            walk(folder, files, fault -> everyPage.add(fault.toString()).add("a fault"), (file, bytes) -> {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (relative.endsWith(Templates.SUFFIX)) {
                    String name = relative.substring(0, relative.length() - Templates.SUFFIX.length());
                    byName.computeIfAbsent(name, n -> new ArrayList<>()).add(List.of(file.toString(), bytes));
                } else {
                    everyPage.add(file.toString()).add(bytes);
                }
            });
        }
    }

    /**
     * What a key holds of the theme's {@code folder}: each fault found there (a link to nothing),
     * and each file as {@code files} lists it, with the bytes the pages are made of; not one come
     * since the build listed the theme, and one gone since still, as the pages were made of it.
     * Hidden ones are left out: never read (see {@code TemplateLoader}) nor published.
     */
    static void walk(Path folder, ThemeFiles files, Consumer<Path> fault, BiConsumer<Path, byte[]> file) {
        SourceWalk.Survey survey = SourceWalk.survey(folder);
        for (Path f : survey.faults()) {
            if (!SourceWalk.hasHiddenPart(folder.relativize(f))) { // an editor's lock (.#base.html) is no part of a page
                fault.accept(f);
            }
        }
        for (Path f : files.filesUnder(folder, listed -> survey.files())) {
            if (!SourceWalk.hasHiddenPart(folder.relativize(f))) {
                file.accept(f, read(files, f));
            }
        }
    }

    /** What every page's key holds of the template folders: the files that are no template, the faults. */
    byte[] everyPage() {
        return everyPage.digest();
    }

    /** The key of the templates {@code template} is made of: every template's when that is not known. */
    byte[] key(PageTemplate template) {
        return keys.computeIfAbsent(template.madeOf(), madeOf -> {
            Fingerprint key = new Fingerprint();
            for (String name : madeOf.isPresent() ? madeOf.get() : byName.keySet()) {
                key.add(name).add(byName.getOrDefault(name, List.of())); // none yet: an override added changes it
            }
            return key.digest();
        });
    }

    private static byte[] read(ThemeFiles files, Path file) {
        try {
            return files.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
