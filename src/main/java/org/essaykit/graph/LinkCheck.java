package org.essaykit.graph;

import org.essaykit.content.Document;
import org.essaykit.content.SiteIndex;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.Suggestions;
import org.essaykit.markdown.FoundLink;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the links the Markdown makes to the site's own sources: the linked file must be a page of this
 * build and the {@code #fragment} must name a heading (or footnote, or raw HTML id) on it. Reports each
 * problem at the link's file:line:col with the closest match as a suggestion.
 */
final class LinkCheck {

    private LinkCheck() {
    }

    static void check(List<RenderedDocument> documents, SiteIndex index, Diagnostics diagnostics) {
        Map<Path, RenderedDocument> bySource = documents.stream()
                .collect(Collectors.toMap(r -> r.doc().source(), Function.identity()));
        // Only a broken link needs every source path, for its suggestion; serve runs this check on every edit.
        java.util.function.Supplier<List<String>> sources = () -> bySource.keySet().stream().map(LinkCheck::slashes)
                .sorted().toList();
        for (RenderedDocument from : documents) {
            for (FoundLink link : from.markdown().links()) {
                RenderedDocument to = link.isSamePage() ? from : link.target() == null ? null : bySource.get(link.target());
                if (link.byName() && link.target() == null) {
                    unresolvedName(link, index, diagnostics);
                } else if (link.target() != null && to == null) {
                    String wanted = slashes(link.target());
                    // Jekyll leaves such a link as written: in a Jekyll repository it is a warning, not an error.
                    diagnostics.report(new Diagnostic(index.jekyllRepository() ? Diagnostic.Severity.WARNING
                            : Diagnostic.Severity.ERROR, link.pos(), "link to `" + link.destination() + "`, but "
                            + wanted + " is not a page of this build",
                            Suggestions.closest(wanted, sources.get()).map(s -> "did you mean " + s + "? ").orElse("")
                                    + "Paths are relative to the linking file; drafts and future posts are left out"
                                    + " unless you pass --drafts or --future"));
                } else if (to != null && link.fragment() != null && !isKnownAnchor(to, link.fragment())) {
                    Optional<String> near = Suggestions.closest(link.fragment(), to.markdown().anchorIds());
                    diagnostics.error(link.pos(), "link to `" + link.destination() + "`, but " + slashes(to.doc().source())
                                    + " has no heading with the id `" + link.fragment() + "`",
                            near.map(n -> "did you mean #" + n + "?")
                                    .orElse("its headings are: " + String.join(", ", to.markdown().headingIds())));
                }
            }
        }
    }

    private static void unresolvedName(FoundLink link, SiteIndex index, Diagnostics diagnostics) {
        String name = link.wikiName();
        List<Document> named = index.named(name);
        if (named.size() > 1) {
            diagnostics.error(link.pos(), "`" + name + "` in " + link.destination() + " names several pages: "
                            + named.stream().map(d -> slashes(d.source())).sorted().collect(Collectors.joining(", ")),
                    "link by a name only one page has: its file name (slug) is unique");
        } else {
            diagnostics.error(link.pos(), "no page is called `" + name + "` (in " + link.destination() + ")",
                    Suggestions.closest(name, index.names())
                            .map(n -> "did you mean " + (link.kind() == FoundLink.Kind.EMBED ? "!" : "") + "[[" + n + "]]?")
                            .orElse("a wikilink names a title, a concept's alias or a file name (slug)"));
        }
    }

    /** {@code #} and {@code #top} always work in browsers. */
    private static boolean isKnownAnchor(RenderedDocument page, String fragment) {
        return fragment.isEmpty() || fragment.equals("top") || page.markdown().anchorIds().contains(fragment);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
