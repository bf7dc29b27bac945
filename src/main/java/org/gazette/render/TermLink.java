package org.gazette.render;

import java.util.List;
import org.gazette.config.TermKind;
import org.gazette.site.Term;

/** What a page shows of a column, tag or author: name, address, article count and (for authors) roles, not its articles. */
public record TermLink(TermKind kind, String name, String slug, String url, int count, List<String> roles) {

    public static TermLink of(Term term) {
        return new TermLink(term.kind(), term.name(), term.slug(), term.url(), term.count(), term.roles());
    }

    public static List<TermLink> of(List<Term> terms) {
        return terms.stream().map(TermLink::of).toList();
    }
}
