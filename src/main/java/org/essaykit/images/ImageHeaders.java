package org.essaykit.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the size of a PNG, GIF, JPEG, WebP or SVG file from its first bytes, without decoding it: a page gets
 * {@code width}/{@code height} for every local image, so nothing moves as images load. Empty when the file is
 * none of these or its header is broken.
 */
public final class ImageHeaders {

    /** Enough for every header, and for an SVG's root element with its attributes. */
    private static final int HEAD_BYTES = 64 * 1024;
    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIEW_BOX = Pattern.compile(
            "\\bviewBox\\s*=\\s*[\"']\\s*[-+.\\d eE]+[ ,]+[-+.\\d eE]+[ ,]+([+.\\deE]+)[ ,]+([+.\\deE]+)\\s*[\"']");

    private ImageHeaders() {
    }

    public static Optional<ImageSize> read(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return read(head, file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg"));
    }

    static Optional<ImageSize> read(byte[] b, boolean svg) {
        if (startsWith(b, 0x89, 'P', 'N', 'G') && b.length >= 24) {
            return size(int32(b, 16), int32(b, 20));
        }
        if (startsWith(b, 'G', 'I', 'F', '8') && b.length >= 10) {
            return size(u16le(b, 6), u16le(b, 8));
        }
        if (startsWith(b, 0xFF, 0xD8)) {
            return jpeg(b);
        }
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 30 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return webp(b);
        }
        return svg ? svg(new String(b, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** The first start-of-frame marker holds the size; markers before it are skipped by their lengths. */
    private static Optional<ImageSize> jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                return size(u16be(b, i + 7), u16be(b, i + 5));
            }
            i += 2 + u16be(b, i + 2);
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> webp(byte[] b) {
        String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> size(u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF);
            case "VP8L" -> {
                int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
                yield size((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8X" -> size(u24le(b, 24) + 1, u24le(b, 27) + 1);
            default -> Optional.empty();
        };
    }

    /** The root element's width and height in pixels (a bare number or px), else its viewBox. */
    private static Optional<ImageSize> svg(String text) {
        Matcher tag = SVG_TAG.matcher(text);
        if (!tag.find()) {
            return Optional.empty();
        }
        String root = tag.group();
        Optional<Double> width = length(root, "width");
        Optional<Double> height = length(root, "height");
        if (width.isPresent() && height.isPresent()) {
            return size((int) Math.round(width.get()), (int) Math.round(height.get()));
        }
        Matcher box = VIEW_BOX.matcher(root);
        if (box.find()) {
            double w = Double.parseDouble(box.group(1));
            double h = Double.parseDouble(box.group(2));
            return width.map(x -> size((int) Math.round(x), (int) Math.round(x * h / w)))
                    .orElseGet(() -> height.map(y -> size((int) Math.round(y * w / h), (int) Math.round(y)))
                            .orElseGet(() -> size((int) Math.round(w), (int) Math.round(h))));
        }
        return Optional.empty();
    }

    private static Optional<Double> length(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*[\"']\\s*([\\d.]+)\\s*(px)?\\s*[\"']").matcher(tag);
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    private static Optional<ImageSize> size(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (i >= b.length || b[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    private static int u16be(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static int u16le(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int u24le(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16;
    }
}
