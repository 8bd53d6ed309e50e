package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;
import org.essaykit.content.SiteConfig.HeadingIdStyle;

/** Gives every heading its id, in document order, in the configured renderer's style. */
final class HeadingIdProcessor implements PostProcessor {

    private final HeadingIdStyle style;

    HeadingIdProcessor(HeadingIdStyle style) {
        this.style = style;
    }

    @Override
    public Node process(Node document) {
        HeadingSlugger slugger = HeadingSlugger.create(style);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.appendChild(new HeadingAnchor(slugger.next(PlainText.of(heading).strip())));
            }
        });
        return document;
    }
}
