package org.gazette.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain-text article into blocks: each line with text is one (old archives put a
 * paragraph on a line, often indented with full-width spaces), with the blank lines around it
 * counted, since newspaper text sets captions apart by more blank lines than paragraphs.
 *
 * <pre>{@code
 * LegacyArticle article = PlainTextReader.read(text, true);
 * article.blocks().get(0).text(); // "热烈庆祝邵阳市第十六次妇女代表大会胜利召开"
 * }</pre>
 */
final class PlainTextReader {

    private PlainTextReader() {
    }

    /** @param fullWidth whether to make half-width punctuation between Chinese characters full width */
    static LegacyArticle read(String text, boolean fullWidth) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<int[]> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int blank = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace('\u3000', ' ').strip();
            if (line.isEmpty()) {
                blank++;
                continue;
            }
            spans.add(new int[] {i + 1, blank});
            texts.add(line);
            blank = 0;
        }
        List<Block> blocks = new ArrayList<>();
        for (int b = 0; b < texts.size(); b++) {
            String clean = Punctuation.joinSpaces(texts.get(b));
            if (fullWidth) {
                clean = Punctuation.fullWidth(clean);
            }
            int gapAfter = b + 1 < texts.size() ? spans.get(b + 1)[1] : Integer.MAX_VALUE;
            blocks.add(Block.text(clean, MarkdownText.escape(clean), spans.get(b)[0], spans.get(b)[1], gapAfter));
        }
        return LegacyArticle.of(blocks);
    }
}
