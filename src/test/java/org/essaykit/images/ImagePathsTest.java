package org.essaykit.images;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Image URLs read as the browser reads them, under a base path or not. */
class ImagePathsTest {

    @Test
    void relativeFromThePageRootRelativeFromTheSite() {
        assertEquals(Optional.of("posts/x/a.png"), ImagePaths.sitePath("a.png", "/posts/x/", ""));
        assertEquals(Optional.of("images/a.png"), ImagePaths.sitePath("../../images/a.png", "/posts/x/", ""));
        assertEquals(Optional.of("images/a.png"), ImagePaths.sitePath("/images/a.png?v=2#top", "/posts/x/", ""));
        assertEquals(Optional.of("images/a b.png"), ImagePaths.sitePath("/images/a%20b.png", "/posts/x/", ""));
    }

    @Test
    void aBasePathIsTakenOffRootRelativeUrlsThatHaveIt() {
        assertEquals(Optional.of("images/a.png"), ImagePaths.sitePath("/repo/images/a.png", "/posts/x/", "/repo"));
        assertEquals(Optional.of("images/a.png"), ImagePaths.sitePath("../../images/a.png", "/posts/x/", "/repo"));
        assertEquals(Optional.of("images/a.png"), ImagePaths.sitePath("/images/a.png", "/posts/x/", "/repo"));
    }

    @Test
    void otherSitesDataAndFragmentsAreNotLocal() {
        assertEquals(Optional.empty(), ImagePaths.sitePath("https://example.org/a.png", "/", ""));
        assertEquals(Optional.empty(), ImagePaths.sitePath("//cdn.example.org/a.png", "/", ""));
        assertEquals(Optional.empty(), ImagePaths.sitePath("data:image/png;base64,AAAA", "/", ""));
        assertEquals(Optional.empty(), ImagePaths.sitePath("#x", "/", ""));
        assertEquals(Optional.empty(), ImagePaths.sitePath("../../../a.png", "/posts/x/", ""));
    }
}
