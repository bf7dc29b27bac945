package org.gazette.importer;

import java.util.Optional;

/**
 * A legacy file's text, or why it has none.
 *
 * <pre>{@code
 * Decoded d = TextDecoder.decode(bytes, false);
 * d.text().ifPresentOrElse(text -> read(text), () -> report(d.failure().orElseThrow()));
 * }</pre>
 *
 * @param text     the decoded text, without a byte-order mark, when it could be read
 * @param encoding the encoding it was read in, such as UTF-8 or GB18030 (which covers GBK and GB2312)
 * @param failure  why it could not be read, when it could not
 */
public record Decoded(Optional<String> text, String encoding, Optional<String> failure) {

    static Decoded of(String text, String encoding) {
        return new Decoded(Optional.of(text), encoding, Optional.empty());
    }

    static Decoded failed(String why) {
        return new Decoded(Optional.empty(), "", Optional.of(why));
    }

    /** Whether the text was converted from a legacy Chinese encoding rather than read as UTF-8. */
    public boolean converted() {
        return text.isPresent() && !encoding.startsWith("UTF-");
    }
}
