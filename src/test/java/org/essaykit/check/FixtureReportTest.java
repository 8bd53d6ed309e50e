package org.essaykit.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Checks each fixture site under {@code src/test/resources/check/NAME/site} (options in
 * {@code check.properties}) and compares the text report with the reviewed {@code expected.txt}. Each
 * fixture's pages say in their link text what the checker must make of each link. After an intended
 * change: {@code mvn test -Dtest=FixtureReportTest -Dessaykit.updateGoldens=true}, then review the diff.
 */
class FixtureReportTest {

    static final Path FIXTURES = Path.of("src/test/resources/check");
    private static final boolean UPDATE = Boolean.getBoolean("essaykit.updateGoldens");

    @ParameterizedTest
    @ValueSource(strings = {"paths", "fragments", "attributes", "subpath", "schemes", "ignores", "base-href", "redirects"})
    void reportsExactlyTheExpectedFindings(String name) throws IOException {
        Path fixture = FIXTURES.resolve(name);
        CheckReport report = LinkChecker.check(SiteTree.of(fixture.resolve("site")), options(fixture));
        StringWriter text = new StringWriter();
        ReportFormat.TEXT.write(report, "site", text);

        Path expected = fixture.resolve("expected.txt");
        if (UPDATE) {
            Files.writeString(expected, text.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), text.toString());
    }

    static CheckOptions options(Path fixture) throws IOException {
        Properties props = new Properties();
        Path file = fixture.resolve("check.properties");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            }
        }
        List<Pattern> urls = split(props.getProperty("ignore.urls")).stream().map(Pattern::compile).toList();
        IgnoreRules ignore = new IgnoreRules(urls, split(props.getProperty("ignore.paths")));
        return new CheckOptions(props.getProperty("url", ""), props.getProperty("baseurl", ""), true, ignore, null);
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
