package org.essaykit.markdown;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.essaykit.highlight.Highlighter;
import org.essaykit.highlight.Languages;
import org.essaykit.highlight.Span;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.essaykit.markdown.EssayMarkdownExtension.attributes;

/**
 * A fenced block of code, highlighted at build time: {@code <div class="code-block"><pre><code>} with a span per
 * token ({@code hl-kw}, {@code hl-st}, ...), and a span per line only when lines are numbered (by a CSS counter,
 * so numbers are never copied) or marked. {@code assets/code.js} adds a copy button to the div; without
 * JavaScript the block is just code. Problems with the info string are reported by {@link DocumentFacts}.
 */
final class CodeBlockRenderer {

    private CodeBlockRenderer() {
    }

    static void write(FencedCodeBlock block, HtmlNodeRendererContext context) {
        CodeBlockInfo info = CodeBlockInfo.parse(block.getInfo());
        Optional<Languages.Language> language = Languages.find(info.language());
        HtmlWriter html = context.getWriter();
        html.line();
        html.tag("div", attributes("class", "code-block"));
        html.tag("pre", attributes("class", "code"));
        Map<String, String> code = attributes();
        String classes = (info.language().isEmpty() ? "" : "language-" + language.map(Languages.Language::name).orElse(info.language()))
                + (info.lineNumbers() ? " linenos" : "");
        if (!classes.isBlank()) {
            code.put("class", classes.strip());
        }
        if (info.lineNumbers() && info.firstLine() != 1) {
            code.put("style", "counter-reset: line " + (info.firstLine() - 1));
        }
        html.tag("code", code);
        boolean perLine = info.lineNumbers() || !info.highlighted().isEmpty();
        List<String> lines = Highlighter.splitLines(block.getLiteral());
        List<List<Span>> spans = language.map(l -> Highlighter.lines(l, block.getLiteral()))
                .orElseGet(() -> lines.stream().map(line -> List.of(new Span(line, null))).toList());
        boolean empty = block.getLiteral().isEmpty();
        for (int i = 0; i < spans.size() && !empty; i++) {
            if (perLine) {
                html.tag("span", attributes("class", info.highlighted().contains(i + 1) ? "line hl" : "line"));
            }
            for (Span span : spans.get(i)) {
                if (span.kind() == null) {
                    html.text(span.text());
                } else {
                    html.tag("span", attributes("class", span.kind().cssClass()));
                    html.text(span.text());
                    html.tag("/span");
                }
            }
            if (perLine) {
                html.tag("/span");
            }
            html.raw("\n");
        }
        html.tag("/code");
        html.tag("/pre");
        html.tag("/div");
        html.line();
    }
}
