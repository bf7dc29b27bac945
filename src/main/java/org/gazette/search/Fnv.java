package org.gazette.search;

/**
 * FNV-1a (32 bits) over the UTF-8 bytes of a text, fed one code point at a time: the hash that
 * picks a term's shard, here and in {@code search.js}. Encoding the bytes on the fly spares the
 * build an array for each of a million terms.
 *
 * <pre>{@code
 * int hash = Fnv.add(Fnv.add(Fnv.START, '家'), '风'); // == Fnv.of("家风")
 * }</pre>
 */
final class Fnv {

    /** The hash of no bytes. */
    static final int START = 0x811c9dc5;
    private static final int PRIME = 0x01000193;

    private Fnv() {
    }

    /** The hash of {@code text}'s UTF-8 bytes, as {@code text.getBytes(UTF_8)} gives them (an unpaired surrogate is '?'). */
    static int of(String text) {
        int hash = START;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                hash = add(hash, Character.toCodePoint(c, text.charAt(++i)));
            } else {
                hash = add(hash, Character.isSurrogate(c) ? '?' : c);
            }
        }
        return hash;
    }

    /** {@code hash} continued with the UTF-8 bytes of code point {@code c}. */
    static int add(int hash, int c) {
        if (c < 0x80) {
            return step(hash, c);
        }
        if (c < 0x800) {
            return step(step(hash, 0xC0 | c >> 6), 0x80 | c & 0x3F);
        }
        if (c < 0x10000) {
            return step(step(step(hash, 0xE0 | c >> 12), 0x80 | c >> 6 & 0x3F), 0x80 | c & 0x3F);
        }
        return step(step(step(step(hash, 0xF0 | c >> 18), 0x80 | c >> 12 & 0x3F), 0x80 | c >> 6 & 0x3F), 0x80 | c & 0x3F);
    }

    private static int step(int hash, int b) {
        return (hash ^ b) * PRIME;
    }
}
