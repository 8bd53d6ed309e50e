package org.essaykit.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.util.List;

/** What templates see of the concept graph: the whole site's picture (the graph page) and a concept's own. */
public final class GraphViews {

    private GraphViews() {
    }

    /**
     * The graph page's picture. A large site draws its best-linked concepts and posts only, so that the picture
     * stays readable; the counts say what was left out.
     *
     * @param svg      the picture, inline SVG whose nodes link to their pages
     * @param leftOut  the concepts drawn that link with posts not drawn, most such posts first
     */
    public record SitePicture(SafeString svg, int concepts, int conceptsDrawn, int posts, int postsDrawn,
                              List<LeftOut> leftOut) {
        public SitePicture {
            leftOut = List.copyOf(leftOut);
        }

        /** Whether every concept and post is drawn. */
        public boolean complete() {
            return conceptsDrawn == concepts && postsDrawn == posts;
        }
    }

    /**
     * A concept drawn on the graph page with posts linking to it, or linked from it, that are not drawn.
     *
     * @param posts the posts it links with, drawn or not
     * @param drawn those of them drawn
     */
    public record LeftOut(String title, String url, int posts, int drawn) {
    }

    /**
     * A concept's neighbourhood, shown on its page: the concepts and posts linking to it or linked from it, the
     * best-linked first when there are many.
     *
     * @param neighbours how many there are
     * @param drawn      how many the picture shows
     */
    public record LocalPicture(SafeString svg, int neighbours, int drawn) {
    }
}
