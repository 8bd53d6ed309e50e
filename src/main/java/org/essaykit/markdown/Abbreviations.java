package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's abbreviations: paragraphs of {@code *[HTML]: Hypertext Markup Language} lines (anywhere in the body)
 * are taken out, and every whole-word use of an abbreviation in text becomes an {@link Abbreviation}, written
 * {@code <abbr title="...">}. Code keeps its text.
 */
final class Abbreviations {

    private static final Pattern DEFINITION = Pattern.compile("\\*\\[([^\\]]+)\\]:[ \\t]*(.*)");

    /** An abbreviation in the text, with its expansion. */
    static final class Abbreviation extends CustomNode {
        private final String title;

        Abbreviation(String text, String title) {
            this.title = title;
            appendChild(new Text(text));
        }

        String title() {
            return title;
        }
    }

    private Abbreviations() {
    }

    static void apply(Node document) {
        Map<String, String> titles = new LinkedHashMap<>();
        List<Paragraph> definitions = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                Map<String, String> own = definitions(paragraph);
                if (own != null) {
                    titles.putAll(own);
                    definitions.add(paragraph);
                }
            }
        });
        if (titles.isEmpty()) {
            return;
        }
        definitions.forEach(Node::unlink);
        StringBuilder names = new StringBuilder();
        titles.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .forEach(name -> names.append(names.isEmpty() ? "" : "|").append(Pattern.quote(name)));
        Pattern uses = Pattern.compile("(?<![\\w])(" + names + ")(?![\\w])");
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (!(text.getParent() instanceof Abbreviation)) {
                    texts.add(text);
                }
            }
        });
        texts.forEach(text -> split(text, uses, titles));
    }

    /** The abbreviations a paragraph defines when every line of it is a definition, else null. */
    private static Map<String, String> definitions(Paragraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                text.append('\n');
            } else {
                return null;
            }
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (String line : text.toString().split("\n")) {
            Matcher m = DEFINITION.matcher(line.strip());
            if (!m.matches()) {
                return null;
            }
            found.put(m.group(1), m.group(2).strip());
        }
        return found;
    }

    private static void split(Text text, Pattern uses, Map<String, String> titles) {
        String literal = text.getLiteral();
        Matcher m = uses.matcher(literal);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                text.insertBefore(new Text(literal.substring(last, m.start())));
            }
            text.insertBefore(new Abbreviation(m.group(1), titles.get(m.group(1))));
            last = m.end();
        }
        if (last > 0) {
            if (last < literal.length()) {
                text.insertBefore(new Text(literal.substring(last)));
            }
            text.unlink();
        }
    }
}
