package org.essaykit.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws the 1200×630 PNG that forums and chat apps show when a link is pasted: the title, large, in the theme's
 * colours, with the site's name above it and a footer line below.
 *
 * <p>The bytes depend only on the text and the font files: Java2D's software renderer draws the same pixels every
 * time, and the PNG carries no metadata (no time, no gamma), so two builds write identical cards.
 *
 * <p>Fonts: DejaVu Serif Bold and DejaVu Sans from Debian's {@code fonts-dejavu-core}, loaded by path. They cover
 * Latin, Greek and Cyrillic, they are on most Debian machines with a JDK (and {@code .ci/run} installs them), they
 * keep the jar small, and loading a file by path is the same on every machine, unlike a logical font that
 * fontconfig resolves. When they are missing, {@link #load()} falls back to the JDK's logical fonts and says so;
 * when the JDK has no font at all, {@link #available()} is null and the site gets no cards.
 */
public final class SocialCard {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");
    /**
     * Names this design of the cards (layout, sizes, colours, encoder) in the cache's keys ({@link CardCache}):
     * change it with any change to how a card looks or is encoded, or builds reuse cards drawn the old way.
     */
    static final String DESIGN = "card-1";
    private static final Path TITLE_FONT = FONT_DIR.resolve("DejaVuSerif-Bold.ttf");
    private static final Path LABEL_FONT = FONT_DIR.resolve("DejaVuSans.ttf");

    // The light theme of templates/assets/style.css.
    private static final Color BACKGROUND = new Color(0xfbfaf7);
    private static final Color TEXT = new Color(0x1c1b19);
    private static final Color MUTED = new Color(0x5e5a53);
    private static final Color ACCENT = new Color(0x8c2f1c);
    private static final Color RULE = new Color(0xdcd6cb);

    /** Every colour a card can have: anti-aliased text is a blend of the background and one ink (63 levels each). */
    private static final int[] PALETTE = Png.blendPalette(BACKGROUND.getRGB(),
            new int[] {TEXT.getRGB(), MUTED.getRGB(), ACCENT.getRGB(), RULE.getRGB()}, 63);

    private static final int MARGIN = 96;
    private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final int MAX_TITLE_LINES = 4;
    private static final int LARGEST_TITLE = 80;
    private static final int SMALLEST_TITLE = 48;
    private static final String ELLIPSIS = "\u2026";
    /** The title's box: below the label, above the footer rule at y = 520. */
    private static final int TITLE_TOP = 150;
    private static final int TITLE_SPACE = 350;

    /** What one card says. {@code footer} is a short line such as the date and tags; may be empty. */
    public record Text(String label, String title, String footer) {
    }

    /** The fonts the cards are drawn with; {@code fallback} tells that the DejaVu files were not there. */
    public record Fonts(Font title, Font label, boolean fallback) {
    }

    private final Fonts fonts;

    public SocialCard(Fonts fonts) {
        this.fonts = fonts;
    }

    /** DejaVu from its files, or else the JDK's logical Serif and SansSerif fonts (marked as a fallback). */
    public static Fonts load() {
        try {
            return new Fonts(Font.createFont(Font.TRUETYPE_FONT, TITLE_FONT.toFile()),
                    Font.createFont(Font.TRUETYPE_FONT, LABEL_FONT.toFile()), false);
        } catch (IOException | FontFormatException e) {
            return new Fonts(new Font(Font.SERIF, Font.BOLD, 1), new Font(Font.SANS_SERIF, Font.PLAIN, 1), true);
        }
    }

    /** What the cards' pixels depend on in the fonts: the DejaVu files' sizes and times, or the JDK's fallback. */
    static String describe(Fonts fonts) {
        if (fonts.fallback()) {
            return "fallback:" + System.getProperty("java.version");
        }
        StringBuilder files = new StringBuilder();
        for (Path font : new Path[] {TITLE_FONT, LABEL_FONT}) {
            files.append(font).append(':').append(font.toFile().length()).append(':')
                    .append(font.toFile().lastModified()).append(';');
        }
        return files.toString();
    }

    /** The fonts every build of this JVM draws with, loaded once; null when this JDK cannot draw text at all. */
    public static Fonts available() {
        return Loaded.FONTS;
    }

    private static final class Loaded {
        static final Fonts FONTS = probe(load());

        /** A JDK without font files or fontconfig fails only when it first draws text, so draw once to know. */
        private static Fonts probe(Fonts fonts) {
            try {
                new SocialCard(fonts).png(new Text("probe", "Probe", "probe"));
                return fonts;
            } catch (RuntimeException | Error e) { // java.lang.Error "Probable fatal error: No fonts found."
                return null;
            }
        }
    }

    /** The card as PNG bytes. Thread-safe: each call draws on its own image. */
    public byte[] png(Text text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, text);
        } finally {
            g.dispose();
        }
        return Png.encode(image, PALETTE);
    }

    private void draw(Graphics2D g, Text text) {
        // Fixed hints: the defaults may differ between JDKs; grey-scale anti-aliasing needs no screen's sub-pixel order.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(ACCENT);
        g.fillRect(0, 0, 16, HEIGHT);

        Font label = fonts.label().deriveFont(Map.of(TextAttribute.SIZE, 28f, TextAttribute.WEIGHT,
                TextAttribute.WEIGHT_BOLD, TextAttribute.TRACKING, 0.08f));
        g.setFont(label);
        g.setColor(ACCENT);
        g.drawString(fit(g.getFontMetrics(), text.label().toUpperCase(java.util.Locale.ROOT)), MARGIN, 118);

        drawTitle(g, text.title());

        g.setColor(RULE);
        g.fillRect(MARGIN, 520, TEXT_WIDTH, 2);
        g.setFont(fonts.label().deriveFont(28f));
        g.setColor(MUTED);
        g.drawString(fit(g.getFontMetrics(), text.footer()), MARGIN, 574);
    }

    /**
     * The largest size at which the title fits in four lines and in the space between the label and the footer;
     * at the smallest size, what does not fit is cut at a word and ends in "…".
     */
    private void drawTitle(Graphics2D g, String title) {
        Font font = null;
        List<String> lines = List.of();
        for (int size = LARGEST_TITLE; size >= SMALLEST_TITLE; size -= 4) {
            font = fonts.title().deriveFont((float) size);
            lines = wrap(g.getFontMetrics(font), title);
            if (lines.size() <= MAX_TITLE_LINES && lines.size() * lineHeight(font) <= TITLE_SPACE) {
                break;
            }
        }
        FontMetrics metrics = g.getFontMetrics(font);
        if (lines.size() > MAX_TITLE_LINES) {
            String rest = String.join(" ", lines.subList(MAX_TITLE_LINES - 1, lines.size()));
            lines = new ArrayList<>(lines.subList(0, MAX_TITLE_LINES - 1));
            lines.add(fit(metrics, rest));
        }
        int lineHeight = lineHeight(font);
        int inked = (lines.size() - 1) * lineHeight + metrics.getAscent() + metrics.getDescent();
        int baseline = TITLE_TOP + (TITLE_SPACE - inked) / 2 + metrics.getAscent();
        g.setFont(font);
        g.setColor(TEXT);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), MARGIN, baseline + i * lineHeight);
        }
    }

    private static int lineHeight(Font font) {
        return Math.round(font.getSize2D() * 1.18f);
    }

    /** Greedy word wrap; a word wider than a line is cut where it must be. */
    static List<String> wrap(FontMetrics metrics, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= TEXT_WIDTH) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (metrics.stringWidth(rest) > TEXT_WIDTH) {
                int cut = rest.length() - 1;
                while (cut > 1 && metrics.stringWidth(rest.substring(0, cut)) > TEXT_WIDTH) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text as it fits on one line: cut before the word that overflows, ending in "…". */
    static String fit(FontMetrics metrics, String text) {
        if (metrics.stringWidth(text) <= TEXT_WIDTH) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + ELLIPSIS) > TEXT_WIDTH) {
            int space = cut.lastIndexOf(' ');
            cut = space > 0 ? cut.substring(0, space) : cut.substring(0, cut.length() - 1);
        }
        return cut.replaceAll("[\\s,;:\u00b7]+$", "") + ELLIPSIS;
    }
}
