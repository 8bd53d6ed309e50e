package org.essaykit.highlight;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The palettes of {@code templates/assets/code.css}, read from the file: every token colour, and the plain text,
 * has a WCAG contrast of at least 4.5:1 on the code background and on a marked line, in light and in dark.
 */
class CodePaletteTest {

    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)\\}");
    private static final Pattern VARIABLE = Pattern.compile("--([\\w-]+)\\s*:\\s*(#[0-9a-fA-F]{6})");

    @Test
    void everyColourPassesAaOnTheBackgroundAndMarkedLinesInBothSchemes() throws IOException {
        String css = Files.readString(Path.of("templates/assets/code.css"));
        int dark = css.indexOf("@media (prefers-color-scheme: dark)");
        Map<String, String> light = palette(css.substring(0, dark));
        Map<String, String> darkPalette = palette(css.substring(dark));
        assertEquals(light.keySet(), darkPalette.keySet(), "both palettes name the same colours");
        for (TokenKind kind : TokenKind.values()) {
            assertTrue(light.containsKey(kind.cssClass()), "a colour for " + kind.cssClass());
            assertTrue(css.contains("." + kind.cssClass() + " { color: var(--" + kind.cssClass() + ")"), "a rule for " + kind.cssClass());
        }
        for (Map<String, String> palette : java.util.List.of(light, darkPalette)) {
            for (Map.Entry<String, String> colour : palette.entrySet()) {
                if (colour.getKey().startsWith("hl-") || colour.getKey().equals("code-fg")) {
                    for (String background : java.util.List.of("code-bg", "code-hl")) {
                        double ratio = contrast(colour.getValue(), palette.get(background));
                        assertTrue(ratio >= 4.5, colour + " on " + background + " " + palette.get(background) + ": " + ratio);
                    }
                }
            }
        }
    }

    @Test
    void contrastIsComputedAsWcagSays() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01); // the grey that famously just fails AA
    }

    private static Map<String, String> palette(String css) {
        Matcher root = ROOT.matcher(css);
        assertTrue(root.find());
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher variable = VARIABLE.matcher(root.group(1));
        while (variable.find()) {
            colours.put(variable.group(1), variable.group(2));
        }
        return colours;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channel[i] = c <= 0.04045 ? c / 12.92 : StrictMath.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }
}
