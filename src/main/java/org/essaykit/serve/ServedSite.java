package org.essaykit.serve;

import org.essaykit.output.SiteFile;
import org.essaykit.output.SiteSnapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The last good site and where it is served, and how a request path maps onto its files, the way GitHub
 * Pages maps them: a folder URL serves its {@code index.html}, {@code /about} serves {@code about.html},
 * a folder URL without its slash is redirected to it, anything else is the site's 404 page.
 *
 * @param site    null until a build has succeeded
 * @param baseurl "" or "/repo", from the site's config or --baseurl
 * @param root    the site folder, real path: copied files must resolve inside it
 */
record ServedSite(SiteSnapshot site, String baseurl, Path root) {

    static final String NOT_FOUND_PAGE = "404.html";

    /** What a request gets. */
    sealed interface Route {
    }

    /** @param file null for a 404 when the site has no 404 page */
    record Found(SiteFile file, int status) implements Route {
    }

    record Redirect(String location) implements Route {
    }

    /**
     * @param rawPath the request's path as sent, already accepted by {@link RequestPath#parse}
     * @param rawQuery the query as sent, or null
     */
    Route route(RequestPath path, String rawPath, String rawQuery) {
        List<String> base = baseurl.isEmpty() ? List.of() : List.of(baseurl.substring(1).split("/"));
        List<String> segments = path.segments();
        if (segments.size() < base.size() || !segments.subList(0, base.size()).equals(base)) {
            return segments.isEmpty() ? new Redirect(baseurl + "/") : notFound();
        }
        String inside = String.join("/", segments.subList(base.size(), segments.size()));
        boolean folder = path.trailingSlash() || inside.isEmpty();
        if (folder && segments.size() == base.size() && !path.trailingSlash()) {
            return new Redirect(rawPath + "/" + query(rawQuery)); // /repo -> /repo/
        }
        if (folder) {
            return found(inside.isEmpty() ? "index.html" : inside + "/index.html").orElseGet(this::notFound);
        }
        Optional<Route> exact = found(inside).or(() -> found(inside + ".html"));
        if (exact.isPresent()) {
            return exact.get();
        }
        if (site.file(inside + "/index.html").isPresent()) {
            return new Redirect(rawPath + "/" + query(rawQuery));
        }
        return notFound();
    }

    /**
     * The bytes of a file; a copied file is read from its source now, and only if its real path is inside
     * the site folder (a symlink in content/ may point anywhere).
     */
    Optional<byte[]> bytes(SiteFile file) throws IOException {
        if (file instanceof SiteFile.Copied copied) {
            if (!Files.isRegularFile(copied.source()) || !copied.source().toRealPath().startsWith(root)) {
                return Optional.empty();
            }
        }
        return Optional.of(SiteSnapshot.bytes(file));
    }

    private Optional<Route> found(String sitePath) {
        return site.file(sitePath).map(file -> new Found(file, 200));
    }

    private Route notFound() {
        return new Found(site.file(NOT_FOUND_PAGE).orElse(null), 404);
    }

    private static String query(String rawQuery) {
        return rawQuery == null ? "" : "?" + rawQuery;
    }
}
