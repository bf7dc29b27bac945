package org.gazette.render;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Renders pages on every core, and when a template fails on several, tells the failure of the
 * first page in the list's order, whichever thread met its own first: a theme error names the
 * page it was met on, and the same site must give the same message on every run (a parallel
 * stream throws whichever failure came first in time). Pages after a failed one are not started.
 *
 * <pre>{@code
 * PagesInOrder.forEach(site.articles(), rendered -> out.accept(page(site, rendered)));
 * // ThemeException: themes/x/templates/article.html:4: cannot render the page /2023/12/a/: ...
 * }</pre>
 */
final class PagesInOrder {

    private PagesInOrder() {
    }

    static <T> void forEach(List<T> items, Consumer<T> render) {
        forEachIndex(items.size(), i -> render.accept(items.get(i)));
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> render) {
        Object[] results = new Object[items.size()];
        forEachIndex(items.size(), i -> results[i] = render.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) List.of(results);
        return list;
    }

    private static void forEachIndex(int count, IntConsumer render) {
        ConcurrentSkipListMap<Integer, ThemeException> failures = new ConcurrentSkipListMap<>();
        IntStream.range(0, count).parallel().forEach(i -> {
            // a page before this one failed, and it is the one told: this one need not be rendered
            if (failures.isEmpty() || failures.firstKey() > i) {
                try {
                    render.accept(i);
                } catch (ThemeException e) {
                    failures.putIfAbsent(i, e);
                }
            }
        });
        if (!failures.isEmpty()) {
            throw failures.firstEntry().getValue();
        }
    }
}
