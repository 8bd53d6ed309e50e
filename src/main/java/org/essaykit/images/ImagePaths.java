package org.essaykit.images;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Where an image written in a page lives in the site, read as the browser reads it. */
public final class ImagePaths {

    private ImagePaths() {
    }

    /**
     * The path under the site's root (no leading {@code /}) that {@code destination} names on the page at
     * {@code pageUrl} (a site path, without the base path): {@code /x.png} from the root, {@code x.png} from the
     * page's URL; a root-relative destination may start with the site's {@code baseurl}, as the browser needs
     * under a project site. Empty for other sites, {@code data:} URLs and fragments.
     */
    public static Optional<String> sitePath(String destination, String pageUrl, String baseurl) {
        if (destination.isEmpty() || destination.startsWith("#") || destination.startsWith("//")
                || destination.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(null, null, decoded(destination.replaceAll("[?#].*$", "")), null);
            String base = baseurl == null ? "" : baseurl.replaceAll("/+$", "");
            URI page = new URI(null, null, base + (pageUrl.startsWith("/") ? pageUrl : "/" + pageUrl), null);
            String path = page.resolve(uri).normalize().getPath();
            if (path == null || path.startsWith("/..")) {
                return Optional.empty();
            }
            return Optional.of(!base.isEmpty() && path.startsWith(base + "/") ? path.substring(base.length() + 1) : path.substring(1));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code a%20b.png} is the file {@code a b.png}; a malformed escape is kept as written. */
    private static String decoded(String path) {
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
