package org.gazette.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.yaml.Utf8Text;
import org.gazette.yaml.YamlMap;

/**
 * The words a theme shows (headings, labels, link texts), read from
 * {@code themes/NAME/i18n/LANGUAGE.yaml} so that a theme can be translated: the site's
 * {@code language} picks the file, {@code zh-CN.yaml} is the fallback for missing files and keys.
 *
 * <pre>{@code
 * ThemeStrings strings = ThemeStrings.load(theme, "en");
 * strings.get("nav.archives"); // "Archives"
 * }</pre>
 */
public final class ThemeStrings {

    public static final String FOLDER = "i18n";
    public static final String FALLBACK = "zh-CN";

    private final Map<String, String> strings;

    private ThemeStrings(Map<String, String> strings) {
        this.strings = Map.copyOf(strings);
    }

    public static ThemeStrings of(Map<String, String> strings) {
        return new ThemeStrings(strings);
    }

    /**
     * The strings of {@code theme} in {@code language} ("zh-CN", "en"), over its Chinese ones, over
     * the default theme's (the site's own copy's, over the bundled one's), so that a theme only
     * needs the strings its templates use.
     */
    public static ThemeStrings load(Theme theme, String language) {
        Map<String, String> strings = new TreeMap<>();
        List<Path> folders = theme.stringFolders();
        for (Path folder : folders) {
            read(theme, folder, FALLBACK).ifPresent(strings::putAll);
        }
        if (!language.equals(FALLBACK)) {
            for (Path folder : folders) {
                read(theme, folder, language).or(() -> read(theme, folder, language.replaceFirst("-.*", "")))
                        .ifPresent(strings::putAll);
            }
        }
        return new ThemeStrings(strings);
    }

    /** The string {@code key}; a key the theme lacks is a theme error. */
    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new ThemeException(Problem.error(Path.of(FOLDER, FALLBACK + ".yaml"), 0, "the theme has no string \""
                    + key + "\" (add it to the theme's " + FOLDER + "/" + FALLBACK + ".yaml, or correct the key)"));
        }
        return value;
    }

    private static Optional<Map<String, String>> read(Theme theme, Path folder, String language) {
        Optional<Path> file = Optional.of(folder.resolve(language + ".yaml")).filter(theme.files()::isFile);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String shown = theme.describe(file.get());
        try {
            List<Problem> problems = new ArrayList<>();
            Outcome<String> text = Utf8Text.decode(theme.files().read(file.get()), Path.of(shown)); // GBK told as in articles
            problems.addAll(text.problems());
            YamlMap map = text.value().flatMap(t -> YamlMap.parse(t, Path.of(shown), 1, problems)).orElse(null);
            Map<String, String> strings = new TreeMap<>();
            if (map != null) {
                for (String key : map.keys()) {
                    map.text(key).ifPresent(value -> {
                        strings.put(key, value);
                        FormattedStrings.problem(key, value)
                                .ifPresent(message -> problems.add(Problem.error(Path.of(shown), map.line(key), message)));
                    });
                }
            }
            List<Problem> errors = problems.stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) {
                throw new ThemeException(errors);
            }
            return Optional.of(strings);
        } catch (IOException e) {
            throw new ThemeException(Problem.error(Path.of(shown), 0, "cannot read: " + e.getMessage()));
        }
    }
}
