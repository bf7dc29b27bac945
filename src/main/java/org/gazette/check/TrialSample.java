package org.gazette.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gazette.config.SiteConfig;
import org.gazette.content.ArticleParser;
import org.gazette.content.SourceFile;
import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.MarkdownRenderer;
import org.gazette.markdown.RenderedArticle;

/**
 * The few articles the theme's trial renders, read afresh from their files (those the check took
 * from its cache have no body), each file read once: the trial's key is taken of these bytes and
 * its pages are made of them, so that an article saved and put back while a check runs cannot
 * leave a trial of other bytes under this key.
 *
 * @param articles the sample: distinct addresses, without their aliases, so that the sample site
 *                 itself is valid (an alias that clashes is the full check's to report)
 * @param digest   a digest of every file read for it, by name, those that did not parse too
 */
record TrialSample(List<RenderedArticle> articles, String digest) {

    /** Up to {@link ThemeTrial#SAMPLE} of {@code rendered}, in their order. */
    static TrialSample read(Path root, SiteConfig config, List<RenderedArticle> rendered) {
        Set<String> taken = new HashSet<>();
        List<RenderedArticle> sample = new ArrayList<>();
        StringBuilder digest = new StringBuilder();
        ArticleParser parser = new ArticleParser(config);
        MarkdownRenderer markdown = new MarkdownRenderer(config, new ImageResolver(root));
        for (RenderedArticle r : rendered) {
            if (!taken.add(r.article().url())) {
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(root.resolve(r.article().source()));
                digest.append(r.article().source()).append('=').append(CheckCache.digest(bytes)).append('\n');
                parser.parse(new SourceFile(r.article().source(), bytes)).value().map(Check::withoutAliases)
                        .flatMap(a -> markdown.render(a).value()).ifPresent(sample::add);
            } catch (IOException e) {
                // changed since it was read: another article will do
            }
            if (sample.size() == ThemeTrial.SAMPLE) {
                break;
            }
        }
        return new TrialSample(List.copyOf(sample), digest.toString());
    }
}
