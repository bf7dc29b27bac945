package org.gazette.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its two pattern matches made to cost the match, not the paragraph.
 * flexmark took each match through {@code Matcher.toMatchResult()}, which on Java 17 copies the
 * whole text being matched: every link (its {@code ]}, its white space), entity or inline tag of a
 * paragraph copied the paragraph again, so a paragraph of 5,000 links (a list of related articles
 * written one per line, with no blank line between) took 28 s to parse, and 10,000 took 97 s.
 * Here the positions are read from the matcher itself; what the parser returns is unchanged.
 *
 * <pre>{@code
 * Parser parser = LinearInlineParser.parserBuilder(options).build();
 * }</pre>
 */
public final class LinearInlineParser extends InlineParserImpl {

    private static final InlineParserFactory FACTORY = LinearInlineParser::new;

    /**
     * flexmark's parser builder for {@code options}, with this inline parser. flexmark reads
     * reference definitions ({@code [ref]: https://...}) with its own inline parser only, so
     * their reader is added back here.
     */
    public static Parser.Builder parserBuilder(DataHolder options) {
        return Parser.builder(options).customInlineParserFactory(FACTORY).paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiters, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiters, linkRefProcessors, extensions);
    }

    /** The text matched at the parser's index, the index moved past it; null when nothing matches (flexmark's contract). */
    @Override
    public BasedSequence match(Pattern pattern) {
        return matchAtIndex(pattern).map(matcher -> input.subSequence(matcher.start(), matcher.end())).orElse(null);
    }

    /** As {@link #match}, with each group's text (null for a group that took no part). */
    @Override
    public BasedSequence[] matchWithGroups(Pattern pattern) {
        return matchAtIndex(pattern).map(this::groups).orElse(null);
    }

    private BasedSequence[] groups(Matcher matcher) {
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int group = 0; group < groups.length; group++) {
            groups[group] = matcher.start(group) < 0 ? null : input.subSequence(matcher.start(group), matcher.end(group));
        }
        return groups;
    }

    /** The matcher that found {@code pattern} from the parser's index on, the index moved past the match. */
    private Optional<Matcher> matchAtIndex(Pattern pattern) {
        if (index >= input.length()) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return Optional.empty();
        }
        index = matcher.end();
        return Optional.of(matcher);
    }
}
