package org.gazette.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.gazette.config.SlugMap;
import org.gazette.config.TermKind;
import org.gazette.content.Article;
import org.gazette.content.Author;
import org.gazette.content.FrontMatterLines;
import org.gazette.content.Roles;
import org.gazette.problem.Problem;

/**
 * A column, role or tag that no other article uses, one character away from one that several
 * articles use, {@code site.yaml} names or bylines have for a role: most likely a slip of the keyboard (工作总述 for 工作综述, 通迅员
 * for 通讯员), which the build would publish as a column or tag of its own, a column in every
 * page's navigation. Only a warning: a new column or tag is written this way too.
 *
 * <pre>{@code
 * new NameSlips(articles, config.slugs()).check(lines);
 * // content/2024/a.md:9:1: warning: column 工作总述 is used by no other article, and is one character from 工作综述 ...
 * }</pre>
 */
final class NameSlips {

    /** Tags this short one character apart are often both meant (妇联, 妇女), so they are left alone. */
    private static final int SHORTEST_TAG = 4;

    private final List<Article> articles;
    private final Kind columns;
    private final Kind roles;
    private final Kind tags;

    /**
     * @param articles every article, drafts included
     * @param slugs    the names {@code site.yaml} gives slugs, known even when no article uses them
     */
    NameSlips(List<Article> articles, SlugMap slugs) {
        this.articles = articles;
        this.columns = new Kind("column", "to start a new column", articles,
                a -> a.column().isEmpty() ? List.of() : List.of(a.column()), slugs.names(TermKind.COLUMN));
        this.roles = new Kind("role", "if it is the role meant", articles,
                a -> a.authors().stream().map(Author::role).filter(r -> !r.isEmpty()).toList(), Roles.KNOWN);
        this.tags = new Kind("tag", "to start a new tag", articles,
                a -> a.tags().stream().filter(t -> t.codePointCount(0, t.length()) >= SHORTEST_TAG).toList(),
                slugs.names(TermKind.TAG));
    }

    List<Problem> check(FrontMatterLines lines) {
        List<Problem> problems = new ArrayList<>();
        for (Article article : articles) {
            columns.check(article, name -> lines.lineOf(article, "column"), problems);
            roles.check(article, name -> lines.lineOf(article, "authors", "role: " + name), problems);
            tags.check(article, name -> lines.lineOf(article, "tags", name), problems);
        }
        return problems;
    }

    /** One kind of name: how many articles use each, and the names known without them. */
    private static final class Kind {
        private final String label;
        private final String keep;
        private final Function<Article, List<String>> namesOf;
        private final Map<String, Integer> uses = new HashMap<>();
        private final Set<String> known;
        /**
         * The established names (known, or used twice) under themselves and under each of their
         * forms with one character deleted: two names one change apart share one of those keys, so
         * a name's candidates are found by look-ups instead of a walk through every name (an archive
         * has thousands of tags, most of them used once).
         */
        private final Map<String, List<String>> established = new HashMap<>();

        Kind(String label, String keep, List<Article> articles, Function<Article, List<String>> namesOf, Collection<String> known) {
            this.label = label;
            this.keep = keep;
            this.namesOf = namesOf;
            this.known = Set.copyOf(known);
            for (Article article : articles) {
                namesOf.apply(article).stream().distinct().forEach(name -> uses.merge(name, 1, Integer::sum));
            }
            Set<String> names = new TreeSet<>(known);
            uses.forEach((name, count) -> {
                if (count > 1) {
                    names.add(name);
                }
            });
            for (String name : names) {
                for (String key : keys(name)) {
                    established.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
                }
            }
        }

        /** {@code name} and its forms with one character deleted. */
        private static Set<String> keys(String name) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(name);
            int[] points = name.codePoints().toArray();
            for (int i = 0; i < points.length; i++) {
                StringBuilder key = new StringBuilder(name.length());
                for (int j = 0; j < points.length; j++) {
                    if (j != i) {
                        key.appendCodePoint(points[j]);
                    }
                }
                keys.add(key.toString());
            }
            return keys;
        }

        void check(Article article, Function<String, Integer> lineOf, List<Problem> problems) {
            for (String name : namesOf.apply(article).stream().distinct().toList()) {
                intended(name).ifPresent(near -> problems.add(Problem.warning(article.source(), lineOf.apply(name), 1,
                        label + " " + name + " is used by no other article, and is one character from " + near + " ("
                                + usedBy(near) + "): a slip? (write " + near + ", or keep " + name + " " + keep + ")")));
            }
        }

        /**
         * The most used of the names one character from {@code name} that are known or used twice,
         * when {@code name} is neither (two new names alike are not taken for slips of each other).
         */
        private Optional<String> intended(String name) {
            if (uses.getOrDefault(name, 0) > 1 || known.contains(name)) {
                return Optional.empty();
            }
            String best = null;
            for (String key : keys(name)) {
                for (String candidate : established.getOrDefault(key, List.of())) {
                    if (!candidate.equals(name) && oneApart(name, candidate) && (best == null || moreUsed(candidate, best))) {
                        best = candidate;
                    }
                }
            }
            return Optional.ofNullable(best);
        }

        /** More articles use {@code a} than {@code b}; as many, and {@code a} sorts first. */
        private boolean moreUsed(String a, String b) {
            int byUses = Integer.compare(uses.getOrDefault(a, 0), uses.getOrDefault(b, 0));
            return byUses > 0 || byUses == 0 && a.compareTo(b) < 0;
        }

        private String usedBy(String name) {
            int count = uses.getOrDefault(name, 0);
            if (count == 0) {
                return label.equals("role") ? "a byline role" : "named in site.yaml";
            }
            return count + (count == 1 ? " article" : " articles");
        }
    }

    /**
     * Whether one change turns {@code a} into {@code b}: a character replaced, added or removed,
     * or two neighbours swapped. Counted in code points, so that a character outside the BMP is one.
     */
    static boolean oneApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return false; // a quick no for most pairs: one code point is at most two chars
        }
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (x.length < y.length) {
            int[] shorter = x;
            x = y;
            y = shorter;
        }
        if (x.length - y.length > 1 || y.length == 0) {
            return false;
        }
        int start = 0;
        while (start < y.length && x[start] == y[start]) {
            start++;
        }
        int endX = x.length;
        int endY = y.length;
        while (endY > start && x[endX - 1] == y[endY - 1]) {
            endX--;
            endY--;
        }
        int differX = endX - start;
        if (x.length > y.length) {
            return differX == 1 && endY == start;
        }
        return differX == 1 || (differX == 2 && x[start] == y[start + 1] && x[start + 1] == y[start]);
    }
}
