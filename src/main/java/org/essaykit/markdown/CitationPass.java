package org.essaykit.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.essaykit.cite.Bibliography;
import org.essaykit.cite.CitationFormatter;
import org.essaykit.cite.CitationSyntax;
import org.essaykit.cite.CitationSyntax.Citation;
import org.essaykit.cite.Citations;
import org.essaykit.cite.UnknownKey;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Suggestions;

/**
 * Pandoc citations in a body that has a bibliography: finds them in the parsed text (never in code, links or our
 * inline nodes), checks their keys, formats them with the document's style and places the reference list: under
 * the body's own heading with the references id if it has one, else under a new heading at the end.
 * Runs before concept mentions are linked, so their text stays out of that search.
 */
final class CitationPass {

    private CitationPass() {
    }

    /**
     * What the pass found.
     *
     * @param problems   unknown keys at their {@code file:line:col}, unreadable bibliographies or style
     * @param references the reference list placed in the body, empty when it cites nothing
     */
    record Result(List<Diagnostic> problems, List<CitationFormatter.Entry> references) {
        static final Result NONE = new Result(List.of(), List.of());

        Result {
            problems = List.copyOf(problems);
            references = List.copyOf(references);
        }
    }

    static Result apply(Node root, org.essaykit.content.Document document, Citations citations) {
        List<String> nocite = nocite(document);
        if (citations == null || !citations.applies(document) || document.body().indexOf('@') < 0 && nocite.isEmpty()) {
            return Result.NONE;
        }
        Citations.Sources sources = citations.sourcesFor(document);
        List<Diagnostic> problems = new ArrayList<>(sources.problems());
        Map<String, ?> known = sources.bibliography().items();
        List<CitationNode> found = new ArrayList<>();
        joinBrokenGroups(root);
        for (Text text : textsWithAt(root)) {
            found.addAll(split(text, sources.bibliography()));
        }
        List<CitationNode> resolved = new ArrayList<>();
        for (CitationNode node : found) {
            List<String> unknown = node.citations().stream().map(Citation::key).filter(key -> !known.containsKey(key)).toList();
            if (sources.problems().isEmpty()) { // else the key may be in the file that could not be read
                unknown.forEach(key -> problems.add(UnknownKey.at(keyPosition(document, node, key), key, known.keySet())));
            }
            if (unknown.isEmpty() && sources.style() != null) {
                resolved.add(node);
            }
        }
        List<String> listed = new ArrayList<>();
        for (String key : nocite) {
            if (known.containsKey(key)) {
                listed.add(key);
            } else if (sources.problems().isEmpty()) {
                problems.add(UnknownKey.at(document.positionOf(NOCITE), key, known.keySet()));
            }
        }
        if (resolved.isEmpty() && listed.isEmpty() || sources.style() == null) {
            return new Result(problems, List.of());
        }
        CitationFormatter.Formatted formatted = CitationFormatter.format(sources.style(), sources.bibliography(),
                resolved.stream().map(CitationNode::citations).toList(), listed);
        for (int i = 0; i < resolved.size(); i++) {
            resolved.get(i).formatted(formatted.groups().get(i));
            resolved.get(i).appendChild(new Text(CitationFormatter.plainText(formatted.groups().get(i))));
        }
        placeReferences(root, new ReferenceList(formatted.entries()), sources.title(), sources.id());
        return new Result(problems, formatted.entries());
    }

    /** Pandoc's front matter key for works listed in the references without being cited in the text. */
    static final String NOCITE = "nocite";

    /** The keys of {@code nocite:} (a list, or one string of {@code @key}s), without their {@code @}. */
    private static List<String> nocite(org.essaykit.content.Document document) {
        Object value = document.frontMatter().get(NOCITE);
        List<String> keys = new ArrayList<>();
        List<?> items = value instanceof List<?> list ? list : value instanceof String text ? List.of(text.split("[,;\\s]+")) : List.of();
        for (Object item : items) {
            String key = String.valueOf(item).strip();
            key = key.startsWith("@") ? key.substring(1) : key;
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static List<Text> textsWithAt(Node root) {
        List<Text> texts = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().indexOf('@') >= 0) {
                    texts.add(text);
                }
            }

            @Override
            public void visit(Link link) {
                // a citation inside a link's text would nest links
            }

            @Override
            public void visit(CustomNode node) {
                // wikilinks, cross-references (@fig:x), footnote marks: theirs
            }
        });
        return texts;
    }

    /**
     * Joins a bracketed group that the writer's line wrapping split ({@code [see @a;} at the end of one line,
     * {@code @b]} on the next) into one text node, the line break read as a space, as Pandoc reads it. The joined
     * text keeps one source span per line, so a key on the second line is still reported where it is written.
     */
    private static void joinBrokenGroups(Node root) {
        List<Text> open = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (opensGroup(text.getLiteral())) {
                    open.add(text);
                }
            }
        });
        for (Text text : open) {
            while (opensGroup(text.getLiteral()) && text.getNext() instanceof SoftLineBreak lineBreak
                    && lineBreak.getNext() instanceof Text next) {
                List<SourceSpan> spans = new ArrayList<>(text.getSourceSpans());
                spans.addAll(next.getSourceSpans());
                text.setLiteral(text.getLiteral() + " " + next.getLiteral());
                text.setSourceSpans(spans);
                lineBreak.unlink();
                next.unlink();
            }
        }
    }

    /** Whether a text ends inside a bracketed group that has an {@code @}: a citation that goes on past the line. */
    private static boolean opensGroup(String literal) {
        int bracket = literal.lastIndexOf('[');
        return bracket >= 0 && bracket > literal.lastIndexOf(']') && literal.indexOf('@', bracket) >= 0;
    }

    /**
     * Splits the citations out of one text node: bracketed groups whose every part names a key, and in-text
     * {@code @key}s that begin a word. An in-text {@code @word} that is no key stays text (a handle, say) unless
     * it is one typo away from a key, which is then reported.
     */
    static List<CitationNode> split(Text text, Bibliography bibliography) {
        String literal = text.getLiteral();
        List<TextSplice.Range> ranges = new ArrayList<>();
        for (CitationSyntax.Found found : CitationSyntax.find(literal, key -> bibliography.items().containsKey(key)
                || Suggestions.closest(key, bibliography.keys()).isPresent())) {
            ranges.add(new TextSplice.Range(found.start(), found.end(),
                    new CitationNode(found.citations(), literal.substring(found.start(), found.end()))));
        }
        List<SourceSpan> lines = text.getSourceSpans();
        TextSplice.replace(text, ranges);
        if (lines.size() > 1) { // a joined group: TextSplice knows spans of one line only
            ranges.forEach(range -> range.node().setSourceSpans(spansOf(lines, range.start(), range.end())));
        }
        return ranges.stream().map(range -> (CitationNode) range.node()).toList();
    }

    /** The per-line spans of {@code [start, end)} of a text joined from these lines (one space between them). */
    private static List<SourceSpan> spansOf(List<SourceSpan> lines, int start, int end) {
        List<SourceSpan> spans = new ArrayList<>();
        int lineStart = 0;
        for (SourceSpan line : lines) {
            int from = Math.max(start, lineStart);
            int to = Math.min(end, lineStart + line.getLength());
            if (from < to) {
                spans.add(SourceSpan.of(line.getLineIndex(), line.getColumnIndex() + from - lineStart,
                        line.getInputIndex() + from - lineStart, to - from));
            }
            lineStart += line.getLength() + 1;
        }
        return spans;
    }

    /** Where the key is written: the citation's own position, moved to its {@code @key} when on one line. */
    private static org.essaykit.diag.SourcePos keyPosition(org.essaykit.content.Document document, CitationNode node, String key) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return document.bodyPosition(1, 1);
        }
        int offset = Math.max(0, node.written().indexOf("@" + key));
        for (SourceSpan span : spans) { // one per line of a group the writer wrapped
            if (offset < span.getLength() || span == spans.get(spans.size() - 1)) {
                return document.bodyPosition(span.getLineIndex() + 1, span.getColumnIndex() + offset + 1);
            }
            offset -= span.getLength() + 1;
        }
        return document.bodyPosition(spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
    }

    /**
     * The list goes at the end of the section whose heading has the references id (an author's own "References"
     * heading), else at the end of the body under a new heading.
     */
    private static void placeReferences(Node root, ReferenceList list, String title, String id) {
        Heading own = null;
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLastChild() instanceof HeadingAnchor anchor
                    && anchor.id().equals(id)) {
                own = heading;
            }
        }
        if (own == null) {
            Heading heading = new Heading();
            heading.setLevel(2);
            heading.appendChild(new Text(title));
            heading.appendChild(new HeadingAnchor(id));
            root.appendChild(heading);
            root.appendChild(list);
            return;
        }
        Node last = own;
        while (last.getNext() != null && !(last.getNext() instanceof Heading next && next.getLevel() <= own.getLevel())) {
            last = last.getNext();
        }
        last.insertAfter(list);
    }
}
