package org.gazette.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/** {@code robots.txt}: everything may be crawled, and the sitemap is here. */
public final class Robots implements Generator {

    /** Nothing but the settings. */
    @Override
    public Object dependsOn(Site site) {
        return List.of();
    }

    /** Made from the site alone: a change of theme does not make it again. */
    @Override
    public boolean usesTheme() {
        return false;
    }

    @Override
    public List<OutputFile> generate(Site site) {
        String text = "User-agent: *\nAllow: /\n\nSitemap: " + site.config().absoluteUrl(Sitemaps.SITEMAP) + "\n";
        return List.of(OutputFile.of("robots.txt", text.getBytes(StandardCharsets.UTF_8)));
    }
}
