package org.gazette.markdown;

import java.util.Optional;

/**
 * Where an image referenced by an article lives in the site.
 *
 * @param link the site path ({@code /2023/images/visit.jpg}), or the {@code data:} address as written
 * @param size its pixel size; empty for a {@code data:} image, whose bytes Gazette does not read
 */
public record ResolvedImage(String link, Optional<ImageSize> size) {
}
