package org.essaykit.markdown;

import org.commonmark.node.FencedCodeBlock;
import org.essaykit.content.Document;
import org.essaykit.diag.Diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The {@code ```sim} blocks of a body: which simulations it embeds, and the blocks that are wrong. */
final class SimEmbeds {

    private final Document source;
    private final SimRuns runs;
    private final Set<String> names = new LinkedHashSet<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    SimEmbeds(Document source, SimRuns runs) {
        this.source = source;
        this.runs = runs;
    }

    /** Takes in a fenced block of the body, in document order; any but {@code ```sim} is passed over. */
    void add(FencedCodeBlock block) {
        if (!SimEmbed.isSim(block)) {
            return;
        }
        SimEmbed.Parsed parsed = SimEmbed.runDefault(block, runs);
        if (parsed.embed() != null) {
            names.add(parsed.embed().simulation().name());
            return;
        }
        SimEmbed.Problem problem = parsed.problem();
        int[] fence = SimEmbed.fenceAt(block);
        int column = problem.line() == 0 ? fence[1] : problem.column();
        problems.add(Diagnostic.error(source.bodyPosition(fence[0] + problem.line(), column), problem.message(),
                problem.hint()));
    }

    List<String> names() {
        return List.copyOf(names);
    }

    List<Diagnostic> problems() {
        return problems;
    }
}
