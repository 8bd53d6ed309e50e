package org.essaykit.images;

import org.essaykit.content.ContentLoader;
import org.essaykit.content.LoadOptions;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostics;
import org.essaykit.output.SiteFile;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Smaller copies of wide images: their sizes, their pixels, their names in srcset, and the cache between builds. */
class ResizedImagesTest {

    @TempDir
    Path dir;

    @Test
    void aPixelIsTheAlphaWeightedAverageOfThePixelsItCovers() {
        int opaqueRed = 0xFFFF0000;
        int opaqueBlue = 0xFF0000FF;
        assertArrayEquals(new int[] {0xFF800080}, ResizedImages.average(new int[] {opaqueRed, opaqueBlue}, 2, 1, 1, 1));
        // A transparent pixel lends no colour: half as opaque, all red.
        assertArrayEquals(new int[] {0x80FF0000}, ResizedImages.average(new int[] {opaqueRed, 0x000000FF}, 2, 1, 1, 1));
        assertArrayEquals(new int[] {0}, ResizedImages.average(new int[] {0, 0}, 2, 1, 1, 1));
    }

    @Test
    void widthsAndSrcsetForWideRasterImagesOnly() {
        assertEquals(List.of(720, 1440), ResizedImages.widths("a/b.png", new ImageSize(1600, 800)));
        assertEquals(List.of(720), ResizedImages.widths("b.JPG", new ImageSize(1000, 800)));
        assertEquals(List.of(), ResizedImages.widths("b.png", new ImageSize(720, 800)));
        assertEquals(List.of(), ResizedImages.widths("b.svg", new ImageSize(2000, 800)));
        assertEquals(Optional.of("../i/c.720w.png 720w, ../i/c.png 1000w"), ResizedImages.srcset("../i/c.png", new ImageSize(1000, 10)));
        assertEquals(Optional.empty(), ResizedImages.srcset("c.png?v=2", new ImageSize(1000, 10)));
    }

    @Test
    void copiesAreMadeOnceAndReadBackFromTheCacheByteForByte() throws IOException {
        TestSite site = TestSite.in(dir).write("content/site.yaml", "title: T\n");
        Files.createDirectories(site.root().resolve("content/images"));
        BufferedImage wide = new BufferedImage(1500, 300, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 1500; x++) {
            for (int y = 0; y < 300; y++) {
                wide.setRGB(x, y, (x * 255 / 1500) << 24 | 0x3366aa);
            }
        }
        ImageIO.write(wide, "png", site.root().resolve("content/images/wide.png").toFile());
        ImageIO.write(new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB), "jpeg", site.root().resolve("content/images/photo.jpg").toFile());
        ImageIO.write(new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB), "png", site.root().resolve("content/images/small.png").toFile());

        List<SiteFile> first = collect(site.root());
        assertEquals(List.of("images/photo.720w.jpg", "images/wide.720w.png", "images/wide.1440w.png"),
                first.stream().map(SiteFile::path).toList(), "in the order of the static files, narrowest first");
        for (SiteFile file : first) {
            BufferedImage copy = ImageIO.read(new ByteArrayInputStream(((SiteFile.Generated) file).bytes()));
            int width = Integer.parseInt(file.path().replaceAll(".*\\.(\\d+)w\\..*", "$1"));
            assertEquals(width, copy.getWidth(), file.path());
            assertEquals(file.path().contains("wide") ? width / 5 : width / 2, copy.getHeight(), file.path());
            assertEquals(file.path().endsWith(".png"), copy.getColorModel().hasAlpha(), "alpha is kept in PNG copies");
        }
        Path cache = site.root().resolve(ResizedImages.CACHE);
        assertEquals(3, count(cache));
        Files.writeString(cache.resolve("stale.png"), "an entry no image asks for");
        List<SiteFile> second = collect(site.root());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(((SiteFile.Generated) first.get(i)).bytes(), ((SiteFile.Generated) second.get(i)).bytes());
        }
        assertEquals(3, count(cache), "the stale entry is pruned");
        assertFalse(Files.exists(cache.resolve("stale.png")));
    }

    private static List<SiteFile> collect(Path root) {
        Diagnostics diagnostics = new Diagnostics();
        SiteSource source = ContentLoader.load(root, LoadOptions.published(TestSite.NOW), diagnostics);
        List<SiteFile> files = ResizedImages.collect(source, diagnostics);
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
        return files;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
