package org.essaykit.check;

import org.essaykit.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every report format: exact golden output for one fixture, and the structure its readers rely on. */
class ReportFormatTest {

    private static final boolean UPDATE = Boolean.getBoolean("essaykit.updateGoldens");

    /** The fragments fixture plus one finding mapped to Markdown and one named after a template. */
    private static CheckReport report() throws IOException {
        Path fixture = FixtureReportTest.FIXTURES.resolve("fragments");
        CheckReport checked = LinkChecker.check(SiteTree.of(fixture.resolve("site")),
                FixtureReportTest.options(fixture));
        List<Finding> findings = new java.util.ArrayList<>(checked.findings());
        SourcePos out = new SourcePos(Path.of("guide/index.html"), 9, 10);
        findings.add(new Finding(Finding.Level.ERROR, "broken-link", "broken link `x \"quoted\" <&>`", "x",
                out, Optional.of(new SourcePos(Path.of("content/guide.md"), 3, 7)), "", ""));
        findings.add(new Finding(Finding.Level.WARNING, "javascript-url", "`javascript:` URL in a href",
                "javascript:void(0)", out.withLineOffset(1), Optional.empty(), "page", "use a button"));
        return new CheckReport(findings, checked.files(), checked.links());
    }

    private static String write(ReportFormat format, CheckReport report) throws IOException {
        StringWriter out = new StringWriter();
        format.write(report, "site", out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void writesExactlyTheGoldenReport(ReportFormat format) throws IOException {
        String name = "report." + format.name().toLowerCase(java.util.Locale.ROOT) + (format == ReportFormat.JUNIT
                ? ".xml" : format == ReportFormat.TEXT ? ".txt" : ".json");
        Path expected = FixtureReportTest.FIXTURES.resolve("fragments").resolve(name);
        String got = write(format, report());
        if (UPDATE) {
            Files.writeString(expected, got, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), got);
    }

    @Test
    @SuppressWarnings("unchecked")
    void sarifHasEverythingTheSarif210SchemaRequiresAndConsistentRuleIndexes() throws IOException {
        CheckReport report = report();
        Map<String, Object> sarif = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(write(ReportFormat.SARIF, report));
        assertEquals("2.1.0", sarif.get("version"));
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", sarif.get("$schema"));
        List<Map<String, Object>> runs = (List<Map<String, Object>>) sarif.get("runs");
        assertEquals(1, runs.size());
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) runs.get(0).get("tool")).get("driver");
        assertTrue(driver.get("name") instanceof String);
        List<Map<String, Object>> rules = (List<Map<String, Object>>) driver.get("rules");
        assertEquals(rules.size(), Set.copyOf(rules.stream().map(r -> r.get("id")).toList()).size(), "unique rule ids");
        List<Map<String, Object>> results = (List<Map<String, Object>>) runs.get(0).get("results");
        assertEquals(report.findings().size(), results.size());
        for (Map<String, Object> result : results) {
            assertEquals(result.get("ruleId"), rules.get((Integer) result.get("ruleIndex")).get("id"));
            assertTrue(Set.of("error", "warning", "note").contains(result.get("level")), result.toString());
            assertTrue(((Map<String, Object>) result.get("message")).get("text") instanceof String);
            List<Map<String, Object>> locations = (List<Map<String, Object>>) result.get("locations");
            assertEquals(1, locations.size());
            Map<String, Object> physical = (Map<String, Object>) locations.get(0).get("physicalLocation");
            String uri = (String) ((Map<String, Object>) physical.get("artifactLocation")).get("uri");
            assertTrue(!uri.startsWith("/") && !uri.contains(" "), "a relative URI reference: " + uri);
            Map<String, Object> region = (Map<String, Object>) physical.get("region");
            assertTrue((Integer) region.get("startLine") >= 1 && (Integer) region.get("startColumn") >= 1);
        }
        Map<String, Object> mapped = results.stream().filter(r -> r.containsKey("relatedLocations")).findFirst()
                .orElseThrow();
        assertEquals("content/guide.md", ((Map<String, Object>) ((Map<String, Object>) ((List<Map<String, Object>>)
                mapped.get("locations")).get(0).get("physicalLocation")).get("artifactLocation")).get("uri"));
    }

    @Test
    void junitXmlHasATestCasePerFileAndAFailurePerFileWithErrors() throws Exception {
        CheckReport report = report();
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(write(ReportFormat.JUNIT, report).getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(report.files().size(), cases.getLength());
        assertEquals(String.valueOf(cases.getLength()), suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"), "index.html and guide/index.html have errors");
        assertEquals(2, suite.getElementsByTagName("failure").getLength());
        assertEquals(1, suite.getElementsByTagName("system-out").getLength(), "the warning");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonSummaryCountsMatchTheFindings() throws IOException {
        CheckReport report = report();
        Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(write(ReportFormat.JSON, report));
        Map<String, Object> summary = (Map<String, Object>) json.get("summary");
        assertEquals((int) report.count(Finding.Level.ERROR), summary.get("errors"));
        assertEquals(1, summary.get("warnings"));
        assertEquals(report.findings().size(), ((List<?>) json.get("findings")).size());
        assertEquals("x \"quoted\" <&>", ((String) ((Map<String, Object>) ((List<?>) json.get("findings")).stream()
                .map(Map.class::cast).filter(f -> f.containsKey("source")).findFirst().orElseThrow())
                .get("message")).replace("broken link `", "").replace("`", ""));
    }
}
