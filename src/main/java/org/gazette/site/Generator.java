package org.gazette.site;

import java.util.List;

/**
 * Makes some of the site's output files from the whole model: article pages, the home page,
 * theme assets. Generators are listed explicitly by the build; each is independent of the others.
 *
 * <pre>{@code
 * Generator robots = site -> List.of(OutputFile.of("robots.txt", "User-agent: *\n".getBytes(UTF_8)));
 * }</pre>
 */
public interface Generator {

    List<OutputFile> generate(Site site);
}
