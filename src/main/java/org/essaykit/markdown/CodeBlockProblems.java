package org.essaykit.markdown;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.SourceSpan;
import org.essaykit.content.Document;
import org.essaykit.diag.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/** The problems of a body's code blocks' info strings, each at its column on the fence line. */
final class CodeBlockProblems {

    private final Document source;
    private final List<Diagnostic> problems = new ArrayList<>();

    CodeBlockProblems(Document source) {
        this.source = source;
    }

    /** Takes in a fenced block that is code (not {@code ```sim}), in document order. */
    void add(FencedCodeBlock block) {
        String info = block.getInfo();
        if (info == null || info.isBlank()) {
            return;
        }
        CodeBlockInfo parsed = CodeBlockInfo.parse(info);
        if (parsed.problems().isEmpty()) {
            return;
        }
        List<SourceSpan> spans = block.getSourceSpans();
        int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
        int infoColumn = infoColumn(lineText(line), block, spans.isEmpty() ? 0 : spans.get(0).getColumnIndex());
        for (CodeBlockInfo.Problem problem : parsed.problems()) {
            var pos = source.bodyPosition(line + 1, infoColumn + Math.max(0, problem.offset()) + 1);
            problems.add(problem.error() ? Diagnostic.error(pos, problem.message(), problem.hint())
                    : Diagnostic.warning(pos, problem.message(), problem.hint()));
        }
    }

    List<Diagnostic> problems() {
        return problems;
    }

    /** Where the info string starts on the fence line (0-based): after the fence and the spaces that follow it. */
    private static int infoColumn(String fenceLine, FencedCodeBlock block, int from) {
        String fence = String.valueOf(block.getFenceChar()).repeat(block.getFenceLength());
        int at = fenceLine.indexOf(fence, Math.min(from, fenceLine.length()));
        if (at < 0) {
            return from;
        }
        int column = at + fence.length();
        while (column < fenceLine.length() && fenceLine.charAt(column) == ' ') {
            column++;
        }
        return column;
    }

    private String lineText(int index) {
        String body = source.body();
        int start = 0;
        for (int i = 0; i < index && start >= 0; i++) {
            start = body.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        if (start < 0) {
            return "";
        }
        int end = body.indexOf('\n', start);
        return body.substring(start, end < 0 ? body.length() : end);
    }
}
