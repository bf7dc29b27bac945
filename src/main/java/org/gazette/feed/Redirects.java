package org.gazette.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.SitePaths;
import org.gazette.markdown.RenderedArticle;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/**
 * Keeps old links working. Each alias of an article gets a small HTML page at the old path that
 * sends the browser on (meta refresh, canonical link, and a plain link for everyone else), and
 * {@code _redirects} lists every alias as {@code /old /new 301}, the format Netlify and
 * Cloudflare Pages read and that object-storage deployers can turn into redirect rules.
 */
public final class Redirects implements Generator {

    public static final String MAP = "_redirects";

    /** Each article's file, address, title and aliases. */
    @Override
    public Object dependsOn(Site site) {
        return site.articles().stream()
                .map(r -> List.of(r.article().source().toString(), r.article().url(), r.article().title(), r.article().aliases()))
                .toList();
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
                .sorted(Comparator.comparing(r -> r.article().source().toString())).toList()) {
            Article article = rendered.article();
            for (String alias : article.aliases()) {
                files.add(OutputFile.of(SitePaths.aliasFile(alias), page(config, alias, article)));
                map.append(config.basePath()).append(SitePaths.encode(alias).substring(1)).append(' ')
                        .append(config.basePath()).append(SitePaths.encode(article.url()).substring(1)).append(" 301\n");
            }
        }
        files.add(OutputFile.of(MAP, map.toString().getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static byte[] page(SiteConfig config, String alias, Article article) {
        String target = SitePaths.relative(SitePaths.aliasPage(alias), article.url());
        String canonical = config.absoluteUrl(SitePaths.encode(article.url()));
        String title = escape(article.title());
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
