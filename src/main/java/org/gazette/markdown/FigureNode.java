package org.gazette.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A photo caption block in the Markdown tree, put there by {@link PhotoBlocks} in place of a paragraph. */
final class FigureNode extends Block {

    private final Figure figure;

    FigureNode(Figure figure) {
        this.figure = figure;
    }

    Figure figure() {
        return figure;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
