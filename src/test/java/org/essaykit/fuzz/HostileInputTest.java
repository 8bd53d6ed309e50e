package org.essaykit.fuzz;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every input of issue 13 ends in diagnostics at a place in the site, or in a site: never a stack trace or a hang. */
class HostileInputTest {

    @TempDir
    Path dir;

    static List<HostileSite> inputs() {
        return IssueCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void endsInDiagnosticsOrASite(HostileSite input) {
        BuildProbe.Outcome outcome = BuildProbe.build(input, dir);
        System.out.println("== " + input.name() + ": " + (outcome.result() == null ? "-" : outcome.result().succeeded() ? "built" : "failed")
                + "\n" + outcome.diagnostics().lines().limit(6).map(l -> l.length() > 300 ? l.substring(0, 300) + "..." : l)
                .reduce("", (a, b) -> a + b + "\n"));
        assertTrue(outcome.ok(), () -> String.join("\n", outcome.failures()));
    }
}
