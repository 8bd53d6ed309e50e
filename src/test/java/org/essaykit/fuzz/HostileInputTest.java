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
        assertTrue(outcome.ok(), () -> String.join("\n", outcome.failures()));
    }
}
