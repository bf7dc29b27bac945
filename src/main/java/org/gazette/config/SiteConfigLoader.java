package org.gazette.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.gazette.yaml.Utf8Text;
import org.gazette.yaml.YamlMap;

/**
 * Reads {@code site.yaml} from a site root. A missing file gives the defaults; unknown keys are
 * warnings; a wrong value is an error with its line.
 *
 * <pre>{@code
 * Outcome<SiteConfig> config = SiteConfigLoader.load(Path.of("."));
 * }</pre>
 */
public final class SiteConfigLoader {

    public static final String FILE_NAME = "site.yaml";
    private static final Set<String> KEYS = Set.of("title", "description", "base_url", "language",
            "time_zone", "theme", "permalink", "summary_length", "page_size", "feed_size", "feed_content", "slugs", "redirects",
            "deploy");

    private SiteConfigLoader() {
    }

    public static Outcome<SiteConfig> load(Path root) {
        Path file = root.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return of(Optional.empty());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Outcome.failed(Problem.error(Path.of(FILE_NAME), 0, "cannot read: " + e.getMessage()
                    + " (check that it is a file you may read)"));
        }
        return of(Optional.of(bytes));
    }

    /**
     * The bytes of the {@code site.yaml} at {@code root}, read once to take both a fingerprint and
     * the settings from; empty when it is not a file (none, or a folder: {@link #load} tells what is
     * wrong). Throws {@link UncheckedIOException} when the file cannot be read.
     */
    public static Optional<byte[]> readIfFile(Path root) {
        Path file = root.resolve(FILE_NAME);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The settings of a {@code site.yaml} already read ({@code bytes}; empty when there is none):
     * a build takes them from the bytes its inputs' fingerprint took, not from the file read again.
     */
    public static Outcome<SiteConfig> of(Optional<byte[]> bytes) {
        Path shown = Path.of(FILE_NAME);
        if (bytes.isEmpty()) {
            return Outcome.of(SiteConfig.defaults(), List.of());
        }
        Outcome<String> text = Utf8Text.decode(bytes.get(), shown);
        if (text.value().isEmpty()) {
            return Outcome.failed(text.problems());
        }
        Outcome<SiteConfig> config = parse(text.value().get(), shown);
        List<Problem> problems = new ArrayList<>(text.problems());
        problems.addAll(config.problems());
        return config.value().map(c -> Outcome.of(c, problems)).orElseGet(() -> Outcome.failed(problems));
    }

    /**
     * The line of {@code key} in the {@code site.yaml} at {@code root}, or 0 when it cannot be told: for
     * problems found later from a value read here, such as a theme that is not there.
     */
    public static int lineOf(Path root, String key) {
        return read(root).filter(m -> m.keys().contains(key)).map(m -> m.line(key)).orElse(0);
    }

    /** The line of the redirect from {@code from} in the {@code site.yaml} at {@code root}, or 0: for its problems. */
    public static int redirectLine(Path root, String from) {
        return read(root).flatMap(m -> m.map("redirects")).filter(m -> m.keys().contains(from)).map(m -> m.line(from)).orElse(0);
    }

    /** The {@code site.yaml} at {@code root} read again, its problems told already. */
    private static Optional<YamlMap> read(Path root) {
        try {
            Optional<String> text = Utf8Text.decode(Files.readAllBytes(root.resolve(FILE_NAME)), Path.of(FILE_NAME)).value();
            return text.flatMap(t -> YamlMap.parse(t, Path.of(FILE_NAME), 1, new ArrayList<>()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads the text of a {@code site.yaml}; {@code shown} names it in problems. */
    public static Outcome<SiteConfig> parse(String text, Path shown) {
        List<Problem> problems = new ArrayList<>();
        Optional<YamlMap> parsed = YamlMap.parse(text, shown, 1, problems);
        if (parsed.isEmpty()) {
            return Outcome.failed(problems);
        }
        YamlMap map = parsed.get();
        map.checkKeys(KEYS);
        SiteConfig d = SiteConfig.defaults();

        URI baseUrl = map.text("base_url").flatMap(url -> readBaseUrl(map, url)).orElse(d.baseUrl());
        ZoneId zone = map.text("time_zone").flatMap(z -> readZone(map, z)).orElse(d.timeZone());
        String permalink = map.text("permalink").orElse(Permalink.DEFAULT);
        Permalink.validate(permalink).ifPresent(message -> map.reportError("permalink", message));
        int summaryLength = map.number("summary_length", 10, 2000).orElse(d.summaryLength());
        int pageSize = map.number("page_size", 1, Integer.MAX_VALUE).orElse(d.pageSize());
        int feedSize = map.number("feed_size", 1, Integer.MAX_VALUE).orElse(d.feedSize());
        String feedContent = map.text("feed_content").orElse("full");
        if (!feedContent.equals("full") && !feedContent.equals("summary")) {
            map.reportError("feed_content", "feed_content must be full or summary");
        }
        SlugMap slugs = map.map("slugs").map(SiteConfigLoader::readSlugs).orElse(SlugMap.none());
        String theme = map.text("theme").orElse(d.theme());
        if (!theme.matches("[A-Za-z0-9._-]+") || theme.startsWith(".")) {
            map.reportError("theme", "theme must be the name of a folder under themes/, such as default");
        }
        SiteConfig config = new SiteConfig(
                map.text("title").orElse(d.title()),
                map.text("description").orElse(d.description()),
                baseUrl,
                map.text("language").orElse(d.language()),
                zone,
                theme,
                new Permalink(permalink),
                summaryLength,
                pageSize,
                feedSize,
                feedContent.equals("full"),
                slugs,
                map.map("redirects").map(SiteConfigLoader::readRedirects).orElse(List.of()),
                map.map("deploy").map(DeploySettingsReader::read).orElse(DeploySettings.none()));
        return Outcome.of(config, problems);
    }

    /** {@code redirects:}, each old address a key and the address it leads to its value. */
    private static List<SiteRedirect> readRedirects(YamlMap map) {
        List<SiteRedirect> redirects = new ArrayList<>();
        for (String from : map.keys()) {
            Optional<String> to = map.text(from);
            Optional<String> problem = OldAddress.problem("redirect", from)
                    .or(() -> to.isEmpty() ? Optional.of("redirect \"" + from + "\" must name the address it leads to,"
                            + " such as " + from + ": /columns/news/") : Optional.empty())
                    .or(() -> OldAddress.problem("the address", to.get()).map(p -> "redirect \"" + from + "\": " + p))
                    .or(() -> from.equals(to.get()) ? Optional.of("redirect \"" + from + "\" leads to itself (remove it)")
                            : Optional.empty());
            if (problem.isPresent()) {
                map.reportError(from, problem.get());
            } else {
                redirects.add(new SiteRedirect(from, to.get()));
            }
        }
        return List.copyOf(redirects);
    }

    private static SlugMap readSlugs(YamlMap map) {
        Set<String> kinds = new TreeSet<>();
        for (TermKind kind : TermKind.values()) {
            kinds.add(kind.folder());
        }
        map.checkKeys(kinds);
        Map<TermKind, Map<String, String>> slugs = new EnumMap<>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            Map<String, String> names = new TreeMap<>();
            map.map(kind.folder()).ifPresent(entries -> {
                for (String name : entries.keys()) {
                    String slug = entries.text(name).orElse("");
                    if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                        entries.reportError(name, "the slug of " + name + " must be lower-case letters, digits and -,"
                                + " such as womens-federation");
                    }
                    names.put(name, slug);
                }
            });
            slugs.put(kind, names);
        }
        return new SlugMap(slugs);
    }

    private static Optional<URI> readBaseUrl(YamlMap map, String url) {
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("(?i)https?")) {
                map.reportError("base_url", "base_url must be an absolute http or https URL such as https://example.org/");
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            map.reportError("base_url", "base_url is not a URL: " + e.getReason() + " (use https://example.org/)");
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> readZone(YamlMap map, String zone) {
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            map.reportError("time_zone", "time_zone \"" + zone + "\" is not a time zone (use a name such as Asia/Shanghai)");
            return Optional.empty();
        }
    }
}
