package org.gazette.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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

    /**
     * Kinds in their order and names sorted, not in a hashed order: templates print these maps
     * ({@code {{ site }}}, {@code site.slugs.names(kind)}), and Map.copyOf's order changes from
     * one run of Java to the next, so that pages a build with the cache kept from an earlier run
     * showed them in another order than the pages made again, and than a clean build.
     */
    public SlugMap {
        Map<TermKind, Map<String, String>> ordered = new EnumMap<>(TermKind.class);
        slugs.forEach((kind, names) -> ordered.put(kind, Collections.unmodifiableMap(new TreeMap<>(names))));
        slugs = Collections.unmodifiableMap(ordered);
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
