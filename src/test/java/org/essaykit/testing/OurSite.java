package org.essaykit.testing;

import org.essaykit.pipeline.BuildRequest;
import org.essaykit.pipeline.BuildResult;
import org.essaykit.pipeline.Pipeline;
import org.essaykit.content.LoadOptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Our own site (this repository's content/ and templates/), built as readers get it, for the browser tests. */
public final class OurSite {

    private OurSite() {
    }

    /** Builds our site into {@code dir/site}, failing the test on any build error, and returns that folder. */
    public static Path build(Path dir) {
        BuildResult result = Pipeline.build(new BuildRequest(Path.of("").toAbsolutePath(), dir.resolve("site"),
                LoadOptions.published(TestSite.NOW)));
        assertEquals("", TestSite.formatted(result));
        return dir.resolve("site");
    }

    /** The errors the browser's console logged since the last call. */
    public static List<String> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }
}
