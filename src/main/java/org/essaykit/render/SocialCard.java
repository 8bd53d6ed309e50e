package org.essaykit.render;

import org.essaykit.images.Png;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

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
    static final String DESIGN = "card-2";
    private static final Path TITLE_FONT = FONT_DIR.resolve("DejaVuSerif-Bold.ttf");
    private static final Path LABEL_FONT = FONT_DIR.resolve("DejaVuSans.ttf");


    private static final int MARGIN = 96;
    static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final int MAX_TITLE_LINES = 4;
    private static final int LARGEST_TITLE = 80;
    private static final int SMALLEST_TITLE = 48;
    private static final int ACCENT_BAR = 16;
    private static final int LABEL_BASELINE = 118;
    /** The title's box: below the label, above the footer rule. */
    private static final int TITLE_TOP = 150;
    private static final int TITLE_SPACE = 350;
    private static final int RULE_TOP = 520;
    private static final int RULE_HEIGHT = 2;
    private static final int FOOTER_BASELINE = 574;

    /** What one card says. {@code footer} is a short line such as the date and tags; may be empty. */
    public record Text(String label, String title, String footer) {
    }

    /** The fonts the cards are drawn with; {@code fallback} tells that the DejaVu files were not there. */
    public record Fonts(Font title, Font label, boolean fallback) {
    }

    /**
     * The title's font at each size tried, largest first, with its metrics. Fonts are immutable, and Java2D itself
     * hands every thread the same metrics object for a font and rendering context, so threads share these.
     */
    private final List<FontMetrics> titleSizes;
    private final FontMetrics label;
    private final FontMetrics footer;
    /** The rows every card with a given label starts from, drawn once. */
    private final Map<String, byte[][]> designs = new ConcurrentHashMap<>();
    /** What a card is drawn with, one per thread drawing at a time: made once, not for every card. */
    private final Deque<Scratch> scratches = new ConcurrentLinkedDeque<>();

    public SocialCard(Fonts fonts) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).createGraphics();
        try {
            hints(g);
            List<FontMetrics> sizes = new ArrayList<>();
            for (int size = LARGEST_TITLE; size >= SMALLEST_TITLE; size -= 4) {
                sizes.add(g.getFontMetrics(fonts.title().deriveFont((float) size)));
            }
            this.titleSizes = List.copyOf(sizes);
            this.label = g.getFontMetrics(fonts.label().deriveFont(Map.of(TextAttribute.SIZE, 28f,
                    TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD, TextAttribute.TRACKING, 0.08f)));
            this.footer = g.getFontMetrics(fonts.label().deriveFont(28f));
        } finally {
            g.dispose();
        }
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

    /**
     * The card as PNG bytes. Thread-safe: each call draws with a {@link Scratch} of its own, and the rows it shares
     * with other cards ({@link #design}) are never written.
     */
    public byte[] png(Text text) {
        Scratch kept = scratches.poll();
        Scratch scratch = kept != null ? kept : new Scratch();
        byte[] png = Png.encode(rows(text, scratch), WIDTH, CardInk.PALETTE);
        scratches.push(scratch);
        return png;
    }

    /**
     * A grey canvas of a card's size, all zero, to draw text on, and rows for the parts of a card that differ
     * from its design. Reading the text's coverage off the canvas sets it back to zero, so the next card finds
     * it blank. A card drawn with an exception leaves its scratch unused ever after.
     */
    private static final class Scratch {
        final BufferedImage canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        final byte[] coverage = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
        final byte[][] rows = new byte[HEIGHT][WIDTH];
    }

    /**
     * The card as rows of palette indices: the design's rows, with the scratch's rows where the title and the
     * footer are drawn. Text is drawn in white on black on the grey canvas, whose grey is then the ink's coverage
     * of each pixel, and each covered pixel becomes the palette's blend of the background towards the ink at that
     * coverage. Only the title's and the footer's strips of the canvas are drawn, and only their inked stretches
     * are read.
     */
    private byte[][] rows(Text text, Scratch scratch) {
        byte[][] rows = design(text.label()).clone();
        Title title = title(text.title());
        int pad = title.metrics().getFont().getSize() / 4;
        drawStrip(rows, scratch, scratch.rows, title.metrics(), title.lines(), title.baseline(), title.lineHeight(),
                pad, CardInk.TEXT);
        drawStrip(rows, scratch, scratch.rows, footer, List.of(CardLines.fit(footer, text.footer(), TEXT_WIDTH)), FOOTER_BASELINE, 0, pad,
                CardInk.MUTED);
        return rows;
    }

    /** The background, accent bar, label and footer rule; blank rows are one shared array. */
    private byte[][] design(String labelText) {
        return designs.computeIfAbsent(labelText, text -> {
            byte[] blank = new byte[WIDTH];
            Arrays.fill(blank, 0, ACCENT_BAR, CardInk.full(CardInk.ACCENT));
            byte[][] rows = new byte[HEIGHT][];
            Arrays.fill(rows, blank);
            byte[] rule = blank.clone();
            Arrays.fill(rule, MARGIN, MARGIN + TEXT_WIDTH, CardInk.full(CardInk.RULE));
            Arrays.fill(rows, RULE_TOP, RULE_TOP + RULE_HEIGHT, rule);
            drawStrip(rows, new Scratch(), null, label, List.of(CardLines.fit(label, text.toUpperCase(Locale.ROOT), TEXT_WIDTH)),
                    LABEL_BASELINE, 0, label.getFont().getSize() / 4, CardInk.ACCENT);
            return rows;
        });
    }

    /** The title's lines at the size that fits, and where its first baseline is. */
    private record Title(FontMetrics metrics, List<String> lines, int baseline, int lineHeight) {
    }

    /**
     * The largest size at which the title fits in four lines and in the space between the label and the footer;
     * at the smallest size, what does not fit is cut at a word and ends in "…". The lines are centred vertically.
     */
    private Title title(String title) {
        FontMetrics metrics = null;
        List<String> lines = List.of();
        for (FontMetrics size : titleSizes) {
            metrics = size;
            lines = CardLines.wrap(metrics, title, TEXT_WIDTH);
            if (lines.size() <= MAX_TITLE_LINES && lines.size() * lineHeight(metrics.getFont()) <= TITLE_SPACE) {
                break;
            }
        }
        if (lines.size() > MAX_TITLE_LINES) {
            String rest = String.join(" ", lines.subList(MAX_TITLE_LINES - 1, lines.size()));
            lines = new ArrayList<>(lines.subList(0, MAX_TITLE_LINES - 1));
            lines.add(CardLines.fit(metrics, rest, TEXT_WIDTH));
        }
        int lineHeight = lineHeight(metrics.getFont());
        int inked = (lines.size() - 1) * lineHeight + metrics.getAscent() + metrics.getDescent();
        int baseline = TITLE_TOP + (TITLE_SPACE - inked) / 2 + metrics.getAscent();
        return new Title(metrics, lines, baseline, lineHeight);
    }

    /**
     * Draws lines of text, the first on {@code baseline}, onto the scratch's canvas clipped to a strip just tall
     * enough for them (plus {@code pad} rows above and below for glyphs that overshoot the font's ascent and
     * descent), and lays each covered pixel over {@code rows} in {@code ink}'s blend. A row that gets ink is copied
     * first, into {@code own} (or a new array when null), since rows may be shared.
     */
    private static void drawStrip(byte[][] rows, Scratch scratch, byte[][] own, FontMetrics metrics,
                                  List<String> lines, int baseline, int lineHeight, int pad, int ink) {
        int top = Math.max(0, baseline - metrics.getAscent() - pad);
        int bottom = Math.min(HEIGHT, baseline + (lines.size() - 1) * lineHeight + metrics.getDescent() + pad);
        if (bottom <= top) {
            return;
        }
        Graphics2D g = scratch.canvas.createGraphics();
        try {
            hints(g);
            g.clipRect(0, top, WIDTH, bottom - top);
            g.setFont(metrics.getFont());
            g.setColor(Color.WHITE);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), MARGIN, baseline + i * lineHeight);
            }
        } finally {
            g.dispose();
        }
        CardInk.overlay(rows, own, scratch.coverage, top, bottom, ink);
    }

    /** The same hints for every drawing: the defaults may differ between JDKs. */
    private static void hints(Graphics2D g) {
        // Grey-scale anti-aliasing needs no screen's sub-pixel order.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static int lineHeight(Font font) {
        return Math.round(font.getSize2D() * 1.18f);
    }


}
