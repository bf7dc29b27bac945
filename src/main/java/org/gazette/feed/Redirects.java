package org.gazette.feed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.gazette.config.SiteConfig;
import org.gazette.config.SiteConfigLoader;
import org.gazette.config.SiteRedirect;
import org.gazette.content.Article;
import org.gazette.content.SitePaths;
import org.gazette.markdown.RenderedArticle;
import org.gazette.output.MediaTypes;
import org.gazette.problem.Problem;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * Keeps old links working. Each alias of an article, and each redirect of {@code site.yaml} from
 * a folder's or HTML page's address, gets a small HTML page at the old path that sends the
 * browser on (meta refresh, canonical link, and a plain link for everyone else), and
 * {@code _redirects} lists every one as {@code /old /new 301}, the format Netlify and Cloudflare
 * Pages read and that object-storage deployers can turn into redirect rules.
 */
public final class Redirects implements Generator {

    public static final String MAP = "_redirects";

    /** Each article's file, address, title and aliases, and the site's redirects. */
    @Override
    public Object dependsOn(Site site) {
        return List.of(site.articles().stream()
                .map(r -> List.of(r.article().source().toString(), r.article().url(), r.article().title(), r.article().aliases()))
                .toList(), site.config().redirects(), site.config().title());
    }

    /** Made from the site alone: a change of theme does not make it again. */
    @Override
    public boolean usesTheme() {
        return false;
    }

    @Override
    public List<OutputFile> generate(Site site) {
        SiteConfig config = site.config();
        List<OutputFile> files = new ArrayList<>();
        StringBuilder map = new StringBuilder();
        for (RenderedArticle rendered : site.articles().stream()
                .sorted(Comparator.comparing(RenderedArticle::article, Article.BY_SOURCE)).toList()) {
            Article article = rendered.article();
            for (String alias : article.aliases()) {
                files.add(OutputFile.of(SitePaths.aliasFile(alias), page(config, alias, article)));
                map.append(config.basePath()).append(SitePaths.encode(alias).substring(1)).append(' ')
                        .append(config.basePath()).append(SitePaths.encode(article.url()).substring(1)).append(" 301\n");
            }
        }
        for (SiteRedirect redirect : config.redirects()) {
            if (hasPage(redirect.from())) {
                files.add(OutputFile.of(SitePaths.aliasFile(redirect.from()), page(config, redirect.from(), redirect.to(),
                        config.title())));
            }
            map.append(config.basePath()).append(SitePaths.encode(redirect.from()).substring(1)).append(' ')
                    .append(config.basePath()).append(SitePaths.encode(redirect.to()).substring(1)).append(" 301\n");
        }
        files.add(OutputFile.of(MAP, map.toString().getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    /**
     * The redirects of {@code site.yaml} that cannot be kept, at their lines ({@code lineOf} a
     * redirect's old address): one from an address the site makes itself ({@code madeBesides}: a
     * page, a file or an article's alias, which the redirect would replace), or to an address it
     * does not make ({@code made}). Both take site paths such as {@code /columns/news/}.
     */
    public static List<Problem> problems(SiteConfig config, ToIntFunction<String> lineOf, Predicate<String> madeBesides,
                                         Predicate<String> made) {
        Path file = Path.of(SiteConfigLoader.FILE_NAME);
        List<Problem> problems = new ArrayList<>();
        for (SiteRedirect redirect : config.redirects()) {
            if (madeBesides.test(redirect.from())) {
                problems.add(Problem.error(file, lineOf.applyAsInt(redirect.from()), "redirect " + redirect.from()
                        + " is an address the site makes itself, which the redirect would replace (remove the redirect)"));
            } else if (!made.test(redirect.to())) {
                problems.add(Problem.error(file, lineOf.applyAsInt(redirect.from()), "redirect " + redirect.from() + " leads to " + redirect.to()
                        + ", which the site does not make (give an address it makes, such as a column's page: /columns/news/)"));
            }
        }
        return problems;
    }

    /**
     * Whether a redirect page can stand at {@code from}: a folder's address or one served as HTML
     * ({@code .html}, {@code .asp}). A feed or other file cannot be answered with a page (a feed
     * reader wants XML): only hosts that read {@code _redirects} send it on.
     */
    public static boolean hasPage(String from) {
        return MediaTypes.of(SitePaths.aliasFile(from)).startsWith("text/html");
    }

    private static byte[] page(SiteConfig config, String alias, Article article) {
        return page(config, alias, article.url(), article.title());
    }

    private static byte[] page(SiteConfig config, String alias, String to, String shownTitle) {
        String target = SitePaths.relative(SitePaths.aliasPage(alias), to);
        String canonical = config.absoluteUrl(SitePaths.encode(to));
        String title = escape(shownTitle);
        String html = "<!DOCTYPE html>\n<html lang=\"" + escape(config.language()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<title>" + title + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + escape(canonical) + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + escape(target) + "\">\n"
                + "</head>\n<body>\n<main>\n<h1>" + title + "</h1>\n"
                + "<p><a href=\"" + escape(target) + "\">" + title + "</a></p>\n</main>\n</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
