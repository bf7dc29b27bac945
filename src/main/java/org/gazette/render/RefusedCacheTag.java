package org.gazette.render;

import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;

/**
 * Takes the place of Pebble's {@code {% cache %}} tag, to refuse it at its line. Pebble's
 * autoescaping does not reach inside the tag, so it printed an article's text unescaped; and it
 * keeps the first rendering of its key for every page after, so a page would show what another
 * page rendered first: on two cores, whichever that was, and in an incremental build a page
 * rendered in an earlier build.
 */
final class RefusedCacheTag implements TokenParser {

    /** A template fault whose message already says what to do. */
    static final class Refused extends ParserException {
        Refused(String message, int line, String file) {
            super(null, message, line, file);
        }
    }

    @Override
    public String getTag() {
        return "cache";
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        throw new Refused("the cache tag is not available in Gazette's themes: it would print what it keeps without"
                + " escaping, and one page's rendering on others (remove {% cache %} and {% endcache %})",
                token.getLineNumber(), parser.getStream().getFilename());
    }
}
