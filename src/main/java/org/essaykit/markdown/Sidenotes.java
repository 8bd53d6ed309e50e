package org.essaykit.markdown;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.DefinitionMap;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives each footnote a {@link Sidenote} beside its first reference, which the theme shows in the margin on wide
 * screens (and hides elsewhere, where the footnotes at the end serve). The notes are numbered as commonmark's
 * footnote renderer numbers them: in order of first reference in the body, so a sidenote's number is its
 * reference's. References inside notes (nested footnotes) get none: their notes stay at the end only.
 */
final class Sidenotes {

    private Sidenotes() {
    }

    /** Adds the sidenotes to a parsed body; cheap for a body without footnotes (one look at its text). */
    static void add(Node root, String markdown) {
        if (!markdown.contains("[^")) {
            return;
        }
        DefinitionMap<FootnoteDefinition> notes = new DefinitionMap<>(FootnoteDefinition.class);
        Map<FootnoteDefinition, Sidenote> placed = new HashMap<>(); // identity: definitions do not override equals
        for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof FootnoteDefinition note) {
                notes.putIfAbsent(note.getLabel(), note);
            }
        }
        if (notes.keySet().isEmpty()) {
            return;
        }
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference reference) {
                    FootnoteDefinition note = notes.get(reference.getLabel());
                    if (note != null && !placed.containsKey(note)) {
                        placed.put(note, place(reference, note, placed.size() + 1));
                    }
                }
                visitChildren(node);
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock block) {
                if (!(block instanceof FootnoteDefinition)) {
                    visitChildren(block);
                }
            }
        });
    }

    /**
     * Puts the note after the reference's run of text in a paragraph or heading (after the references right beside
     * it), else before its top block.
     */
    private static Sidenote place(FootnoteReference reference, FootnoteDefinition note, int number) {
        Node run = reference;
        while (run.getParent() != null && !(run.getParent() instanceof Paragraph || run.getParent() instanceof Heading)) {
            run = run.getParent();
        }
        boolean inText = run.getParent() != null && !inTable(run) && paragraphsOnly(note);
        Sidenote sidenote = new Sidenote(note, number, inText);
        if (inText) {
            // After a run of references ("[^1][^2]"), so they stay side by side in the sentence: a floated note
            // between them would end the line of text around the second (for a screen reader, and for checkers of
            // the size of inline targets).
            Node place = run;
            while (place.getNext() instanceof FootnoteReference || place.getNext() instanceof Sidenote) {
                place = place.getNext();
            }
            place.insertAfter(sidenote);
        } else {
            topBlock(reference).insertBefore(sidenote);
        }
        return sidenote;
    }

    /** Whether a note is paragraphs only, which can stand inside a paragraph as phrasing content. */
    private static boolean paragraphsOnly(Node note) {
        for (Node child = note.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Paragraph)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inTable(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up instanceof TableBlock) {
                return true;
            }
        }
        return false;
    }

    /** The child of the document that holds the node. */
    private static Node topBlock(Node node) {
        Node top = node;
        while (top.getParent() != null && top.getParent().getParent() != null) {
            top = top.getParent();
        }
        return top;
    }
}
