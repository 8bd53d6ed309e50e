package org.essaykit.render;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Social cards drawn once and reused by the next builds of the site, never different from drawn ones. */
class CardCacheTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir.resolve("src"))
                .write("content/site.yaml", "title: Cards\nurl: https://example.org\n")
                .write("content/posts/one.md", "---\ntitle: One\ndate: 2024-01-01\n---\n\nText.\n")
                .write("content/posts/two.md", "---\ntitle: Two\ndate: 2024-01-02\n---\n\nText.\n");
    }

    private static List<Path> cached(TestSite site) throws IOException {
        try (Stream<Path> files = Files.list(site.root().resolve(CardCache.FOLDER))) {
            return files.sorted().toList();
        }
    }

    @Test
    void theNextBuildTakesItsCardsFromTheCacheAndWritesTheSameBytes() throws IOException {
        TestSite site = site();
        site.buildClean();
        List<Path> cards = cached(site);
        assertEquals(3, cards.size(), "the site's card and one per post: " + cards);
        byte[] drawn = Files.readAllBytes(site.out().resolve("posts/one/card.png"));
        assertTrue(cards.stream().anyMatch(card -> same(card, drawn)), "the drawn card is what was cached");

        site.buildClean();
        assertArrayEquals(drawn, Files.readAllBytes(site.out().resolve("posts/one/card.png")),
                "a card from the cache is byte for byte the drawn one");

        // Proof that the second build read the cache rather than drawing: a cached file, replaced, shows up.
        Path one = cards.stream().filter(card -> same(card, drawn)).findFirst().orElseThrow();
        byte[] other = Files.readAllBytes(site.out().resolve("posts/two/card.png"));
        Files.write(one, other);
        site.buildClean();
        assertArrayEquals(other, Files.readAllBytes(site.out().resolve("posts/one/card.png")));
    }

    @Test
    void aChangedTitleDrawsANewCardAndTheOldOneLeavesTheCache() throws IOException {
        TestSite site = site();
        site.buildClean();
        List<Path> before = cached(site);
        site.write("content/posts/one.md", "---\ntitle: One, retitled\ndate: 2024-01-01\n---\n\nText.\n");
        site.buildClean();
        List<Path> after = cached(site);
        assertEquals(3, after.size(), "one card per post and the site's, no leftovers: " + after);
        assertEquals(2, after.stream().filter(before::contains).count(), "the unchanged cards are kept");
        assertTrue(after.stream().anyMatch(card -> same(card, read(site.out().resolve("posts/one/card.png")))));
        assertFalse(after.containsAll(before));
    }

    @Test
    void aCachedCardCutShortIsDrawnAgainAndRewritten() throws IOException {
        TestSite site = site();
        site.buildClean();
        byte[] drawn = Files.readAllBytes(site.out().resolve("posts/one/card.png"));
        Path cached = cached(site).stream().filter(card -> same(card, drawn)).findFirst().orElseThrow();
        Files.write(cached, java.util.Arrays.copyOf(drawn, drawn.length / 2)); // as a killed build leaves it

        site.buildClean();
        assertArrayEquals(drawn, Files.readAllBytes(site.out().resolve("posts/one/card.png")));
        assertArrayEquals(drawn, Files.readAllBytes(cached), "the cache holds the whole card again");
    }

    @Test
    void aCacheForAFewCardsReadsACachedCardWithoutListingTheFolderAndDrawsAMissingOne() throws IOException {
        TestSite site = site();
        site.buildClean();
        byte[] drawn = Files.readAllBytes(site.out().resolve("posts/one/card.png"));
        SocialCard.Fonts fonts = SocialCard.available();
        CardCache few = CardCache.forFew(site.root(), fonts);
        SocialCard.Text one = new SocialCard.Text("Cards", "One", "1 January 2024");
        assertArrayEquals(drawn, few.card(one, text -> {
            throw new AssertionError("drawn again although cached: " + text);
        }));
        SocialCard.Text fresh = new SocialCard.Text("Cards", "One, retitled", "1 January 2024");
        byte[] made = few.card(fresh, new SocialCard(fonts)::png);
        assertArrayEquals(made, CardCache.forFew(site.root(), fonts).card(fresh, text -> {
            throw new AssertionError("not kept: " + text);
        }), "the card drawn is kept for the next one");
    }

    private static boolean same(Path file, byte[] bytes) {
        return java.util.Arrays.equals(read(file), bytes);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
