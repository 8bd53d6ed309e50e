package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.essaykit.content.ConceptMentions;
import org.essaykit.content.Document;
import org.essaykit.content.SiteIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Links the first mention of each concept in a post to the concept's page, as a wikilink would. Never in
 * headings, code, existing links, block quotes (other people's words) or callouts, never a concept the
 * post already links by hand, never a page to itself. A post opts out with {@code autolink: false}, a
 * concept with {@code autolink: false} in its own front matter.
 */
final class AutoLinker {

    private AutoLinker() {
    }

    static void link(Node root, Document doc, SiteIndex index) {
        if (!doc.autolinks()) {
            return;
        }
        index.conceptMentions().ifPresent(mentions -> new AutoLinker.Pass(doc, index, mentions).run(root));
    }

    private static final class Pass extends AbstractVisitor {
        private final Document doc;
        private final SiteIndex index;
        private final ConceptMentions mentions;
        private final Set<Path> linked = new HashSet<>();
        /** Concepts already linked or passed over: later mentions of them need no look-up of their path. */
        private final Set<Document> settled = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<Text> texts = new ArrayList<>();

        Pass(Document doc, SiteIndex index, ConceptMentions mentions) {
            this.doc = doc;
            this.index = index;
            this.mentions = mentions;
        }

        void run(Node root) {
            root.accept(this);
            for (Text text : texts) {
                List<TextSplice.Range> ranges = new ArrayList<>(0);
                String literal = text.getLiteral();
                for (ConceptMentions.Mention m : mentions.find(literal)) {
                    Document concept = m.concept();
                    if (settled.add(concept) && !concept.source().equals(doc.source()) && linked.add(concept.source())) {
                        String words = literal.substring(m.start(), m.end());
                        WikiLink link = new WikiLink(concept.title(), null, "[[" + concept.title() + "|" + words + "]]");
                        link.appendChild(new Text(words));
                        ranges.add(new TextSplice.Range(m.start(), m.end(), link));
                    }
                }
                TextSplice.replace(text, ranges);
            }
        }

        @Override
        public void visit(Text text) {
            texts.add(text);
        }

        @Override
        public void visit(Link link) {
            SourceLinks.Parsed parsed = SourceLinks.parse(link.getDestination(), doc);
            if (parsed.target() != null) {
                linked.add(parsed.target());
            }
        }

        @Override
        public void visit(Image image) {
        }

        @Override
        public void visit(Heading heading) {
        }

        @Override
        public void visit(BlockQuote quote) {
        }

        @Override
        public void visit(CustomBlock block) {
            if (!(block instanceof Callout)) {
                visitChildren(block);
            }
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof WikiLink wikiLink) {
                Path target = SourceLinks.target(wikiLink, doc, index);
                if (target != null) {
                    linked.add(target);
                }
            } else {
                visitChildren(node);
            }
        }
    }
}
