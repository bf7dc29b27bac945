package org.gazette.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Readable Latin slugs chosen for Chinese names in {@code site.yaml}:
 *
 * <pre>
 * slugs:
 *   columns: { 工作综述: review }
 *   tags: { 妇联: womens-federation }
 *   authors: { 伍洁: wu-jie }
 * </pre>
 *
 * Names without an entry keep their own name as slug, percent-encoded in links.
 */
public record SlugMap(Map<TermKind, Map<String, String>> slugs) {

    public SlugMap {
        slugs = Map.copyOf(slugs);
    }

    public static SlugMap none() {
        return new SlugMap(Map.of());
    }

    /** The names given a slug, such as the site's columns. */
    public Set<String> names(TermKind kind) {
        return slugs.getOrDefault(kind, Map.of()).keySet();
    }

    public Optional<String> mapped(TermKind kind, String name) {
        return Optional.ofNullable(slugs.getOrDefault(kind, Map.of()).get(name));
    }
}
