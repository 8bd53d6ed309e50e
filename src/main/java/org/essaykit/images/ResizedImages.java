package org.essaykit.images;

import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.output.SiteFile;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Smaller copies of the site's PNG and JPEG images that are wider than the text column, so a phone or a
 * 1x screen does not download the full image: {@code images/chart.png} 1600 px wide gets {@code images/chart.720w.png}
 * and {@code images/chart.1440w.png} beside it, and its {@code <img>} a {@code srcset} naming all three. The column
 * is {@value #COLUMN} CSS px (our theme's is narrower), and twice that serves dense screens.
 *
 * <p>The copies are made by averaging the pixels each new pixel covers, in integer arithmetic (alpha weighted),
 * so they are the same on every JVM; PNGs are encoded by our {@link Png} without metadata, JPEGs by the JDK's
 * JPEG writer at quality {@value #JPEG_QUALITY} (the same bytes for a given JDK). They are kept in the site
 * folder's {@code .essaykit-cache/images/}, named by a hash of the image's bytes and the width, so the next build
 * reads them back instead of resizing.
 */
public final class ResizedImages {

    public static final int COLUMN = 720;
    private static final int[] WIDTHS = {COLUMN, 2 * COLUMN};
    private static final float JPEG_QUALITY = 0.85f;
    /** Names this way of resizing and encoding in the cache's keys: change it when either changes. */
    private static final String DESIGN = "box-average-1";
    static final String CACHE = ".essaykit-cache/images";

    private ResizedImages() {
    }

    /** The widths of the copies an image of this path and size gets: none for small ones and other formats. */
    public static List<Integer> widths(String path, ImageSize size) {
        if (!resizable(path)) {
            return List.of();
        }
        return IntStream.of(WIDTHS).filter(width -> width < size.width()).boxed().toList();
    }

    /** {@code images/chart.png} at 720 px: {@code images/chart.720w.png}. Works on a URL as written too. */
    public static String copyPath(String path, int width) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "." + width + "w" + path.substring(dot);
    }

    /** The {@code srcset} of an image written as {@code destination}, or empty when it gets no copies. */
    public static Optional<String> srcset(String destination, ImageSize size) {
        List<Integer> widths = destination.contains("?") || destination.contains("#") ? List.of() : widths(destination, size);
        if (widths.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder srcset = new StringBuilder();
        for (int width : widths) {
            srcset.append(copyPath(destination, width)).append(' ').append(width).append("w, ");
        }
        return Optional.of(srcset.append(destination).append(' ').append(size.width()).append('w').toString());
    }

    /** The {@code sizes} that goes with a {@link #srcset}: the column's width, or the screen's when narrower. */
    public static String sizes() {
        return "(min-width: " + COLUMN + "px) " + COLUMN + "px, 100vw";
    }

    /** The copies of every wide PNG and JPEG among the site's static files, from the cache when it has them. */
    public static List<SiteFile> collect(SiteSource source, Diagnostics diagnostics) {
        List<SiteSource.StaticFile> images = source.staticFiles().stream().filter(f -> resizable(f.outputPath())).toList();
        if (images.isEmpty()) {
            return List.of();
        }
        FileCache cache = new FileCache(source.root().resolve(CACHE), true);
        List<SiteFile> files = new ArrayList<>();
        for (SiteSource.StaticFile image : images) {
            Path file = source.root().resolve(image.source());
            try {
                Optional<ImageSize> size = ImageHeaders.read(file);
                List<Integer> widths = size.map(s -> widths(image.outputPath(), s)).orElse(List.of());
                if (widths.isEmpty()) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                String hash = hash(bytes);
                boolean png = image.outputPath().toLowerCase(Locale.ROOT).endsWith(".png");
                BufferedImage[] decoded = new BufferedImage[1];
                for (int width : widths) {
                    byte[] copy = cache.get(hash + "-" + width + (png ? ".png" : ".jpg"),
                            png ? Png::complete : ResizedImages::completeJpeg,
                            () -> resize(decoded, bytes, width, png));
                    files.add(new SiteFile.Generated(copyPath(image.outputPath(), width), copy, SourcePos.startOf(image.source())));
                }
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                diagnostics.error(SourcePos.startOf(image.source()), "the image cannot be read to make its smaller copies: "
                        + e.getMessage(), "save it again as a PNG or JPEG");
            }
        }
        cache.pruneUnused();
        return files;
    }

    private static byte[] resize(BufferedImage[] decoded, byte[] bytes, int width, boolean png) {
        try {
            if (decoded[0] == null) {
                decoded[0] = ImageIO.read(new ByteArrayInputStream(bytes));
                if (decoded[0] == null) {
                    throw new IllegalArgumentException("no reader for its format");
                }
            }
            BufferedImage source = decoded[0];
            int w = source.getWidth();
            int h = source.getHeight();
            int height = Math.max(1, (int) (((long) h * width + w / 2) / w));
            int[] pixels = average(source.getRGB(0, 0, w, h, null, 0, w), w, h, width, height);
            return png ? png(pixels, width, height, source.getColorModel().hasAlpha()) : jpeg(pixels, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each pixel of the smaller image is the average of the source pixels its area covers (whole pixels, the
     * bounds rounded down), colours weighted by alpha so that transparent pixels lend no colour.
     */
    static int[] average(int[] argb, int w, int h, int width, int height) {
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            int y0 = (int) ((long) y * h / height);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * h / height));
            for (int x = 0; x < width; x++) {
                int x0 = (int) ((long) x * w / width);
                int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * w / width));
                long a = 0;
                long r = 0;
                long g = 0;
                long b = 0;
                for (int sy = y0; sy < y1; sy++) {
                    for (int sx = x0, at = sy * w + x0; sx < x1; sx++, at++) {
                        int p = argb[at];
                        int alpha = p >>> 24;
                        a += alpha;
                        r += (long) ((p >> 16) & 0xff) * alpha;
                        g += (long) ((p >> 8) & 0xff) * alpha;
                        b += (long) (p & 0xff) * alpha;
                    }
                }
                long n = (long) (x1 - x0) * (y1 - y0);
                out[y * width + x] = a == 0 ? 0 : (int) ((a + n / 2) / n) << 24 | (int) ((r + a / 2) / a) << 16
                        | (int) ((g + a / 2) / a) << 8 | (int) ((b + a / 2) / a);
            }
        }
        return out;
    }

    private static byte[] png(int[] argb, int width, int height, boolean alpha) {
        int channels = alpha ? 4 : 3;
        byte[][] rows = new byte[height][width * channels];
        for (int y = 0; y < height; y++) {
            byte[] row = rows[y];
            for (int x = 0, at = 0; x < width; x++) {
                int p = argb[y * width + x];
                row[at++] = (byte) (p >> 16);
                row[at++] = (byte) (p >> 8);
                row[at++] = (byte) p;
                if (alpha) {
                    row[at++] = (byte) (p >>> 24);
                }
            }
        }
        return Png.trueColour(rows, width, alpha);
    }

    private static byte[] jpeg(int[] argb, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static boolean completeJpeg(byte[] jpeg) {
        return jpeg.length > 4 && (jpeg[0] & 0xff) == 0xFF && (jpeg[1] & 0xff) == 0xD8
                && (jpeg[jpeg.length - 2] & 0xff) == 0xFF && (jpeg[jpeg.length - 1] & 0xff) == 0xD9;
    }

    private static boolean resizable(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg");
    }

    private static String hash(byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(DESIGN.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
