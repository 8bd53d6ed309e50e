package org.essaykit.render;

import org.essaykit.diag.Diagnostic;
import org.essaykit.pipeline.BuildResult;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template string or list that doubles in a loop is an error at its line, named after the limit, not an
 * OutOfMemoryError.
 */
class TemplateBudgetTest {

    @TempDir
    Path dir;

    @Test
    void aDoublingStringStopsAtThePageLimitWithItsLine() {
        BuildResult result = build("{% set s = \"xxxxxxxxxxxxxxxx\" %}\n{% for i in range(1, 60) %}\n"
                + "{% set s = s ~ s %}\n{% endfor %}{{ s | length }}");
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        String shown = errors.get(0).format();
        assertTrue(shown.startsWith("templates/post.html:3:"), shown);
        assertTrue(shown.contains("page-chars") && shown.contains("-Dessaykit.limit.page-chars="), shown);
    }

    @Test
    void aListDoubledByMergeStopsAtTheListLimitWithItsLine() {
        BuildResult result = build("{% set l = [1, 2, 3, 4] %}\n{% for i in range(1, 60) %}\n"
                + "{% set l = l | merge(l) %}\n{% endfor %}{{ l | length }}");
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        String shown = errors.get(0).format();
        assertTrue(shown.startsWith("templates/post.html:3:"), shown);
        assertTrue(shown.contains("merge would make") && shown.contains("-Dessaykit.limit."), shown);
    }

    @Test
    void aHugeRangeIsRefusedBeforeItIsMadeWithItsLine() {
        BuildResult result = build("<p>\n{{ range(1, 100000000) | length }}</p>");
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        String shown = errors.get(0).format();
        assertTrue(shown.startsWith("templates/post.html:2:") && shown.contains("range() would make"), shown);
    }

    @Test
    void concatenationUnderTheLimitIsUnchanged() {
        TestSite site = TestSite.in(dir);
        site.write("templates/post.html", "<p>{{ \"a\" ~ page.title ~ 1 ~ null ~ \"b\" }}</p>");
        site.write("content/posts/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nHi.\n");
        BuildResult result = site.build();
        assertTrue(result.diagnostics().stream().noneMatch(Diagnostic::isError), result.diagnostics().toString());
        assertTrue(site.read("posts/one/index.html").contains("<p>aOne1b</p>"), site.read("posts/one/index.html"));
    }

    private BuildResult build(String template) {
        TestSite site = TestSite.in(dir);
        site.write("templates/post.html", template);
        site.write("content/posts/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nHi.\n");
        return site.build();
    }
}
