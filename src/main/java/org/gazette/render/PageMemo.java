package org.gazette.render;

import java.util.Map;
import java.util.function.Supplier;
import org.gazette.site.OutputFile;

/**
 * Where a build may skip rendering a page: when the templates and every variable it sees (or, for a
 * page made from inputs, those inputs: {@link Templates#page(String, String, Record, java.util.function.Function)})
 * are those the previous build rendered the page at this path from, the previous file is kept.
 *
 * <pre>{@code
 * OutputFile page = memo.page("index.html", homeTemplate, variables, () -> render(...));
 * }</pre>
 */
public interface PageMemo {

    /** Renders every page. */
    PageMemo NONE = (path, template, variables, render) -> OutputFile.of(path, render.get());

    /**
     * The page at output path {@code path}: the previous build's when its inputs are unchanged, else
     * {@code render}'s bytes. {@code variables}: what the page is made of, to fingerprint.
     */
    OutputFile page(String path, PageTemplate template, Map<String, Object> variables, Supplier<byte[]> render);
}
