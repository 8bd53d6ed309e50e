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
     * {@code pageUrl}: {@code /x.png} from the root, {@code x.png} from the page's URL. Empty for other sites,
     * {@code data:} URLs and fragments.
     */
    public static Optional<String> sitePath(String destination, String pageUrl) {
        if (destination.isEmpty() || destination.startsWith("#") || destination.startsWith("//")
                || destination.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(null, null, destination.replaceAll("[?#].*$", ""), null);
            URI base = new URI(null, null, pageUrl.startsWith("/") ? pageUrl : "/" + pageUrl, null);
            String path = base.resolve(uri).normalize().getPath();
            return path == null || path.startsWith("/..") ? Optional.empty() : Optional.of(path.substring(1));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
