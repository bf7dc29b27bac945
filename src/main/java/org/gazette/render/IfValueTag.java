package org.gazette.render;

import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.IfNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.IfTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import io.pebbletemplates.pebble.utils.Pair;
import io.pebbletemplates.pebble.utils.TypeUtils;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * Pebble's {@code {% if %}}, which also takes a value that may be missing: a teaser, a date or a
 * photo is true when it is there and false when it is not (null), so that a template writes
 * {@code {% if links.newer %}} where Pebble, with strict variables, failed on both ("null value
 * given to if statement", "Unsupported value type Teaser"). A list or map is true when it holds
 * something ({@code {% if article.tags %}} leaves out an empty tag list), as in Jinja and Twig.
 * Booleans, numbers and strings are taken as Pebble takes them, and a variable that does not
 * exist is still an error.
 *
 * <pre>{@code
 * {% if article.updated %}更新于 {{ article.updated | longdate }}{% endif %}
 * }</pre>
 */
final class IfValueTag implements TokenParser {

    private final IfTokenParser pebbles = new IfTokenParser();

    @Override
    public String getTag() {
        return "if";
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        IfNode node = (IfNode) pebbles.parse(token, parser);
        return new Node(node);
    }

    private static final class Node extends IfNode {
        Node(IfNode parsed) {
            super(parsed.getLineNumber(), parsed.getConditionsWithBodies(), parsed.getElseBody());
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            for (Pair<Expression<?>, BodyNode> branch : getConditionsWithBodies()) {
                if (holds(branch.getLeft().evaluate(self, context))) {
                    branch.getRight().render(self, writer, context);
                    return;
                }
            }
            if (getElseBody() != null) {
                getElseBody().render(self, writer, context);
            }
        }

        private static boolean holds(Object value) {
            if (value instanceof Boolean || value instanceof Number || value instanceof String) {
                return TypeUtils.compatibleCast(value, Boolean.class);
            }
            if (value instanceof Collection<?> collection) {
                return !collection.isEmpty();
            }
            if (value instanceof Map<?, ?> map) {
                return !map.isEmpty();
            }
            return value != null;
        }
    }
}
