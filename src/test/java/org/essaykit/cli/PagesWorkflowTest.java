package org.essaykit.cli;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GitHub Pages workflow this repository and {@code init}'s sites carry: it builds with the README's command at
 * the origin and base path that the Pages configure step reports, keeps the card cache, and deploys with the
 * official actions.
 */
class PagesWorkflowTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
    }

    private static List<String> uses(List<Map<String, Object>> steps) {
        return steps.stream().map(step -> (String) step.get("uses")).filter(u -> u != null)
                .map(u -> u.substring(0, u.indexOf('@'))).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void buildsWithTheReadmeCommandAtThePagesBasePathAndDeploys() throws IOException {
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(Path.of(".github/workflows/pages.yml")));
        List<Map<String, Object>> build = steps(workflow, "build");
        assertEquals(List.of("actions/checkout", "actions/setup-java", "actions/configure-pages", "actions/cache",
                "actions/upload-pages-artifact"), uses(build));
        assertEquals(List.of("actions/deploy-pages"), uses(steps(workflow, "deploy")));

        Map<String, Object> java = (Map<String, Object>) build.get(1).get("with");
        assertEquals("17", java.get("java-version"));
        assertEquals("maven", java.get("cache"));
        assertEquals(".essaykit-cache", ((Map<String, Object>) build.get(3).get("with")).get("path"));

        String run = build.stream().map(step -> (String) step.get("run")).filter(r -> r != null)
                .collect(Collectors.joining("\n")).replaceAll("\\s+", " ");
        String readmeCommand = Files.readString(Path.of("README.md")).lines()
                .filter(line -> line.contains("java -jar target/essaykit.jar build")).findFirst().orElseThrow()
                .strip();
        assertTrue(run.contains(readmeCommand), run + " does not run the README's " + readmeCommand);
        assertTrue(run.contains("--url \"${{ steps.pages.outputs.origin }}\""), run);
        assertTrue(run.contains("--baseurl \"${{ steps.pages.outputs.base_path }}\""), run);
        assertEquals("site", ((Map<String, Object>) build.get(build.size() - 1).get("with")).get("path"));
    }
}
