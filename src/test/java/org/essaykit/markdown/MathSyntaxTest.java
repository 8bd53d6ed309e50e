package org.essaykit.markdown;

import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The math syntax, as golden files: {@code src/test/resources/math/syntax/NAME.md} renders to {@code NAME.html}
 * with no problems. {@code -Dmath.golden.write=true} writes the HTML files anew, to review with git diff.
 */
class MathSyntaxTest {

    private static final Path DIR = Path.of("src/test/resources/math/syntax");
    private static final MarkdownEngine ENGINE = new MarkdownEngine(HeadingIdStyle.GITHUB);

    @ParameterizedTest
    @ValueSource(strings = {"dollars", "delimiters", "display", "equations", "references"})
    void rendersAsReviewed(String name) throws IOException {
        RenderedMarkdown rendered = ENGINE.render(MarkdownEngineTest.post(
                Files.readString(DIR.resolve(name + ".md"), StandardCharsets.UTF_8)));
        assertEquals("[]", rendered.problems().toString());
        Path golden = DIR.resolve(name + ".html");
        if (Boolean.getBoolean("math.golden.write")) {
            Files.writeString(golden, rendered.html(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered.html());
    }
}
