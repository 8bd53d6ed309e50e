package org.essaykit.cli;

import org.essaykit.testing.Workflow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GitHub Pages workflows: this repository's builds with the README's command, and the one {@code init} gives new
 * sites builds with the jar the site carries, through the launcher beside it. Both build at the origin and base path that the Pages configure step
 * reports, keep the card cache, and deploy with the official actions.
 */
class PagesWorkflowTest {

    private static final Path OURS = Path.of(".github/workflows/pages.yml");
    private static final Path INIT_SITES = Path.of("src/main/starter/.github/workflows/pages.yml");

    private static final String AT_PAGES_ADDRESS = " --url \"${{ steps.pages.outputs.origin }}\""
            + " --baseurl \"${{ steps.pages.outputs.base_path }}\"";

    /** The steps both workflows share, checked alike; returns the build job's script on one line. */
    private static String checkPagesSteps(Workflow workflow) {
        assertEquals(List.of("actions/checkout", "actions/setup-java", "actions/configure-pages", "actions/cache",
                "actions/upload-pages-artifact"), workflow.actions("build"));
        assertEquals(List.of("actions/deploy-pages"), workflow.actions("deploy"));
        Map<String, Object> java = workflow.inputs("build", "actions/setup-java");
        assertEquals("17", java.get("java-version"));
        assertEquals("temurin", java.get("distribution"));
        assertEquals("pages", workflow.steps("build").get(2).get("id"), "the run line reads steps.pages.outputs");
        assertEquals(".essaykit-cache", workflow.inputs("build", "actions/cache").get("path"));
        assertEquals("site", workflow.inputs("build", "actions/upload-pages-artifact").get("path"));
        return workflow.script("build").replaceAll("\\s+", " ").strip();
    }

    @Test
    void oursBuildsWithTheReadmeCommandAtThePagesBasePathAndDeploys() throws IOException {
        Workflow workflow = Workflow.read(OURS);
        String run = checkPagesSteps(workflow);
        assertEquals("maven", workflow.inputs("build", "actions/setup-java").get("cache"));
        String readmeCommand = Files.readString(Path.of("README.md")).lines()
                .filter(line -> line.contains("target/essaykit build")).findFirst().orElseThrow()
                .strip();
        assertTrue(run.contains(readmeCommand), run + " does not run the README's " + readmeCommand);
        assertTrue(run.endsWith(AT_PAGES_ADDRESS.strip()), run);
    }

    @Test
    void initSitesBuildWithTheirPinnedJarAtThePagesBasePathAndDeploy() throws IOException {
        Workflow workflow = Workflow.read(INIT_SITES);
        assertEquals("sh .essaykit/essaykit build" + AT_PAGES_ADDRESS, checkPagesSteps(workflow),
                "an init site has no pom.xml: it builds with the jar it carries, through its launcher, nothing else");
        assertFalse(workflow.inputs("build", "actions/setup-java").containsKey("cache"),
                "no Maven, so no Maven cache");

        Workflow ours = Workflow.read(OURS);
        for (String key : List.of("on", "permissions", "concurrency")) {
            assertEquals(ours.get(key), workflow.get(key), key + " as in our workflow");
        }
        assertEquals(ours.steps("deploy"), workflow.steps("deploy"));
    }
}
