package org.gazette.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.BlockNode;
import io.pebbletemplates.pebble.node.EmbedNode;
import io.pebbletemplates.pebble.node.ExtendsNode;
import io.pebbletemplates.pebble.node.FromNode;
import io.pebbletemplates.pebble.node.ImportNode;
import io.pebbletemplates.pebble.node.IncludeNode;
import io.pebbletemplates.pebble.node.Node;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.node.expression.RenderableNodeExpression;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each template names another by a literal in {@code extends}, {@code include},
 * {@code import}, {@code from} or {@code embed}, noted as Pebble parses it. Pebble reports a template it cannot find without
 * saying which template asked for it, or on which line; this tells.
 *
 * <pre>{@code
 * TemplateReferences references = new TemplateReferences();
 * new PebbleEngine.Builder().extension(references)...;
 * references.of("bse"); // Optional[Location[template=home, line=1]]
 * }</pre>
 */
final class TemplateReferences extends AbstractExtension {

    /** A line of a template (by its name, such as "home") that names another. */
    record Location(String template, int line) {
        private static final Comparator<Location> ORDER = Comparator.comparing(Location::template).thenComparingInt(Location::line);
    }

    private final Map<String, Location> references = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> named = new ConcurrentHashMap<>();
    /** Templates that name another by a value computed while rendering, or in a node this could not read. */
    private final Set<String> unknowing = ConcurrentHashMap.newKeySet();

    /** Where template {@code name} is named; the first by template name and line when several name it. */
    Optional<Location> of(String name) {
        return Optional.ofNullable(references.get(name));
    }

    /** Every template named by another, such as "base" and "_article-list". */
    Set<String> names() {
        return Set.copyOf(references.keySet());
    }

    /** The templates {@code template} (named without its suffix) names ("article" names "base"), in no order. */
    Set<String> namedBy(String template) {
        return named.getOrDefault(template, Set.of());
    }

    /**
     * True when template {@code template} names another that cannot be known before rendering:
     * by a computed name ({@code {% include partial %}}), or in a node whose name could not be read.
     */
    boolean namesUnknown(String template) {
        return unknowing.contains(template);
    }

    /** "_x.html" is "_x": the loader takes a name with its suffix or without. */
    private static String withoutSuffix(String name) {
        return name.endsWith(Templates.SUFFIX) ? name.substring(0, name.length() - Templates.SUFFIX.length()) : name;
    }

    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(template -> new Visitor((PebbleTemplateImpl) template));
    }

    private final class Visitor extends AbstractNodeVisitor {
        Visitor(PebbleTemplateImpl template) {
            super(template);
        }

        @Override
        public void visit(ExtendsNode node) {
            note(node.getParentExpression(), node.getLineNumber());
            super.visit(node);
        }

        @Override
        public void visit(IncludeNode node) {
            note(node.getIncludeExpression(), node.getLineNumber());
            super.visit(node);
        }

        @Override
        public void visit(ImportNode node) {
            note(node.getImportExpression(), node.getLineNumber());
            super.visit(node);
        }

        /**
         * {@code {% from "x" import m %}} and {@code {% embed "x" %}}: Pebble's visitor has no
         * method of their own for these nodes, nor do they give their template's name but in a
         * field, read here (if a later Pebble renames it, the template is not noted, and may be
         * warned of as unused).
         */
        @Override
        public void visit(Node node) {
            String field = node instanceof FromNode ? "fromExpression" : node instanceof EmbedNode ? "includeExpression" : null;
            if (field != null) {
                try {
                    note((Expression<?>) read(node, field), ((AbstractRenderableNode) node).getLineNumber());
                } catch (ReflectiveOperationException | RuntimeException e) {
                    unknowing.add(withoutSuffix(getTemplate().getName())); // not noted: see above
                }
            }
            if (node instanceof EmbedNode) {
                visitBlocks((EmbedNode) node);
            } else if (node instanceof FilterExpression filter) {
                // {% filter upper %}...{% endfilter %}: the filters applied to the body, which Pebble's visitor does not enter
                filter.getLeftExpression().accept(this);
            } else if (node instanceof RenderableNodeExpression body) {
                body.getNode().accept(this);
            }
            super.visit(node);
        }

        /**
         * The blocks an {@code {% embed %}} fills in, which Pebble's visitor does not enter: a template
         * they include is as much part of the page as one included anywhere else.
         */
        private void visitBlocks(EmbedNode node) {
            try {
                for (Object block : (List<?>) read(node, "nodes")) {
                    ((BlockNode) block).accept(this);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                unknowing.add(withoutSuffix(getTemplate().getName())); // its blocks unread: the page is made of every template
            }
        }

        private static Object read(Node node, String field) throws ReflectiveOperationException {
            Field named = node.getClass().getDeclaredField(field);
            named.setAccessible(true);
            return named.get(node);
        }

        /** A name computed when the page is rendered cannot be noted here: its template may be made of any other. */
        private void note(Expression<?> name, int line) {
            if (name instanceof LiteralStringExpression literal) {
                Location here = new Location(getTemplate().getName(), line);
                String other = withoutSuffix(getTemplate().resolveRelativePath(literal.getValue()));
                references.merge(other, here, (a, b) -> Location.ORDER.compare(a, b) <= 0 ? a : b);
                named.computeIfAbsent(withoutSuffix(here.template()), t -> ConcurrentHashMap.newKeySet()).add(other);
            } else {
                unknowing.add(withoutSuffix(getTemplate().getName()));
            }
        }
    }
}
