package org.gazette.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bytes of a legacy article as text. Old Chinese archives are often in GBK: a file
 * that is not valid UTF-8 is tried as GB18030 (a superset of GBK and GB2312) and accepted when
 * the result reads as Chinese; an HTML page's declared {@code charset} is honoured. Empty files,
 * binary files and text in an encoding that cannot be told are refused with the reason.
 *
 * <pre>{@code
 * Decoded d = TextDecoder.decode(Files.readAllBytes(file), false);
 * d.text();      // Optional[热烈庆祝……]
 * d.encoding();  // "GB18030" when it was converted
 * }</pre>
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");

    private TextDecoder() {
    }

    /** @param html whether the bytes are an HTML page, whose {@code <meta charset>} is read first */
    public static Decoded decode(byte[] bytes, boolean html) {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            return Decoded.failed("the file is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8).map(t -> Decoded.of(t, "UTF-8"))
                    .orElseGet(() -> Decoded.failed("the file starts as UTF-8 but is not (save it as UTF-8 and import it again)"));
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return strict(bytes, 2, utf16).map(t -> Decoded.of(t, "UTF-16"))
                    .orElseGet(() -> Decoded.failed("the file starts as UTF-16 but is not (save it as UTF-8 and import it again)"));
        }
        if (binary(bytes)) {
            return Decoded.failed("the file is not text (it looks like an image, a document or a program);"
                    + " only plain-text and HTML articles can be imported");
        }
        if (html) {
            Optional<Charset> declared = declaredCharset(bytes);
            if (declared.isPresent()) {
                Optional<String> text = strict(bytes, 0, declared.get());
                if (text.isPresent()) {
                    return Decoded.of(text.get(), declared.get().name());
                }
            }
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return Decoded.of(utf8.get(), "UTF-8");
        }
        Optional<String> gb = strict(bytes, 0, GB18030);
        if (gb.isPresent() && readsAsChinese(gb.get())) {
            return Decoded.of(gb.get(), "GB18030");
        }
        return Decoded.failed("the file is neither UTF-8 nor GBK, and its encoding cannot be told"
                + " (open it in an editor that can tell, save it as UTF-8, and import it again)");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or many control characters, in the first 8 KB. */
    private static boolean binary(byte[] bytes) {
        int length = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control * 20 > length;
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** GB18030 decodes almost any bytes; most of the non-ASCII characters of real Chinese text are common Chinese characters and punctuation. */
    static boolean readsAsChinese(String text) {
        int other = 0;
        int chinese = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if ((c >= '\u4E00' && c <= '\u9FA5') || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                    || c == '\u201C' || c == '\u201D' || c == '\u2014' || c == '\u2026') {
                chinese++;
            } else {
                other++;
            }
        }
        return chinese > 0 && chinese >= other * 9;
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // Pages that say gb2312 or gbk use GBK's characters too; GB18030 reads all of them.
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("cp936")) {
            return Optional.of(GB18030);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
