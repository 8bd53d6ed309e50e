package org.essaykit.render;

import org.essaykit.content.Document;
import org.essaykit.content.Permalinks;
import org.essaykit.content.SiteConfig;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.output.Json;
import org.essaykit.output.SiteFile;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps old URLs working: each {@code aliases:} entry of a document that starts with {@code /} gets a
 * small page at that URL that sends readers (meta refresh) and search engines (canonical) to the page's
 * current address. Static hosts such as GitHub Pages cannot send real redirects.
 */
final class RedirectPages {

    private RedirectPages() {
    }

    static List<SiteFile> write(SiteGraph graph) {
        SiteConfig config = graph.config();
        List<RenderedDocument> all = graph.documents();
        List<SiteFile> files = new ArrayList<>();
        for (RenderedDocument rendered : all) {
            Document doc = rendered.doc();
            for (String alias : doc.aliases()) {
                if (alias.startsWith("/")) {
                    files.add(SiteFile.Generated.text(Permalinks.outputPath(alias), page(config, doc),
                            doc.positionOf("aliases")));
                }
            }
        }
        return files;
    }

    private static String page(SiteConfig config, Document doc) {
        String url = config.relativeUrl(doc.url());
        String target = Html.escape(url);
        // A meta refresh drops the #fragment of the old URL; the script keeps it, so shared links to a
        // heading still land on that heading (and the link checker can check them on the new page).
        return "<!DOCTYPE html>\n<html lang=\"" + Html.escape(config.language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + Html.escape(doc.title()) + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + Html.escape(config.absoluteUrl(doc.url())) + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<script>location.replace(" + jsString(url) + " + location.hash)</script>\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n</head>\n<body>\n"
                + "<p>This page has moved to <a href=\"" + target + "\">" + Html.escape(doc.title()) + "</a>.</p>\n"
                + "</body>\n</html>\n";
    }

    /** A JavaScript string literal that cannot end the script element it stands in. */
    private static String jsString(String text) {
        StringBuilder out = new StringBuilder();
        Json.string(text, out);
        return out.toString().replace("<", "\\u003c");
    }

}
