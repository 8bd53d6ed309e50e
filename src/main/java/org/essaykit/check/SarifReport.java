package org.essaykit.check;

import org.essaykit.diag.SourcePos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * SARIF 2.1.0: one run, the rules used, and a result per finding located at the Markdown line when known
 * (the output file then becomes a related location), else at the output file.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("broken-link", "A link to a file the site does not have"),
            Map.entry("missing-fragment", "A link to a #fragment that no element of the target page has as id"),
            Map.entry("outside-base", "A root-absolute link outside the site's base path"),
            Map.entry("duplicate-id", "Two elements of one page with the same id"),
            Map.entry("empty-id", "An empty id attribute"),
            Map.entry("malformed-url", "A URL with malformed percent-encoding"),
            Map.entry("bad-mailto", "A mailto: link without a valid address"),
            Map.entry("bad-tel", "A tel: link that is not a phone number"),
            Map.entry("javascript-url", "A javascript: URL used as a link"),
            Map.entry("unreadable", "A file of the site that cannot be read"),
            Map.entry("external-broken", "A link to another site that answers 404 or 410, or whose host does not exist"),
            Map.entry("external-unverified", "A link to another site that could not be verified"),
            Map.entry("external-redirect", "A link to another site that redirects"));

    private SarifReport() {
    }

    static Map<String, Object> tree(CheckReport report, ReportPaths paths) {
        List<String> ruleIds = new ArrayList<>(new TreeSet<>(report.findings().stream().map(Finding::rule).toList()));
        List<Object> rules = new ArrayList<>();
        for (String id : ruleIds) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", id);
            rule.put("shortDescription", text(RULES.getOrDefault(id, id)));
            rules.add(rule);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "essaykit check");
        driver.put("informationUri", "https://github.com/essaykit/essaykit");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", report.findings().stream().map(f -> result(f, ruleIds.indexOf(f.rule()), paths)).toList());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return root;
    }

    private static Map<String, Object> result(Finding f, int ruleIndex, ReportPaths paths) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", f.rule());
        result.put("ruleIndex", ruleIndex);
        result.put("level", f.level().label());
        String message = f.message() + (f.template().isEmpty() ? "" : " (produced by template " + f.template() + ")")
                + (f.hint().isEmpty() ? "" : ". Hint: " + f.hint());
        result.put("message", text(message));
        Map<String, Object> output = location(paths.output(f.output()), f.output());
        if (f.source().isPresent()) {
            result.put("locations", List.of(location(ReportPaths.source(f.source().get()), f.source().get())));
            Map<String, Object> related = new LinkedHashMap<>();
            related.put("id", 1);
            related.put("message", text("in the built page"));
            related.putAll(output);
            result.put("relatedLocations", List.of(related));
        } else {
            result.put("locations", List.of(output));
        }
        return result;
    }

    private static Map<String, Object> location(String uri, SourcePos pos) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", pos.line());
        region.put("startColumn", pos.column());
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", SiteAddress.encodePath(uri)));
        physical.put("region", region);
        return Map.of("physicalLocation", physical);
    }

    private static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }
}
