package org.essaykit.check;

import org.essaykit.diag.SourcePos;
import org.essaykit.content.SiteConfig;
import org.essaykit.markdown.FoundLink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names what wrote a link: the Markdown line when the page's Markdown has a link with that
 * destination, else the page's template.
 */
final class Attribution {

    private final Map<String, SourceMap> byOutput = new HashMap<>();
    private final String basePath;

    /** @param basePath the path the site lives under, which the build put before root-relative links written in Markdown */
    Attribution(List<SourceMap> sources, String basePath) {
        sources.forEach(s -> byOutput.put(s.outputPath(), s));
        this.basePath = basePath;
    }

    Finding attribute(Finding finding, LinkAt at) {
        SourceMap map = byOutput.get(at.page().path());
        if (map == null) {
            return finding;
        }
        String wanted = normal(at.link().raw());
        List<FoundLink> written = map.links().stream()
                .filter(l -> normal(SiteConfig.withBase(basePath, l.destination())).equals(wanted)).toList();
        if (written.isEmpty()) {
            return finding.attributed(Optional.empty(), map.template());
        }
        // The n-th such link in the HTML is the n-th in the Markdown when the template adds none of its own.
        List<ScannedPage.Link> links = at.page().links();
        int before = 0;
        int total = 0;
        for (int i = 0; i < links.size(); i++) {
            if (normal(links.get(i).raw()).equals(wanted)) {
                total++;
                if (i < at.index()) {
                    before++;
                }
            }
        }
        SourcePos pos = (total == written.size() ? written.get(before) : written.get(0)).pos();
        return finding.attributed(Optional.of(pos), "");
    }

    /** The renderer percent-encodes destinations; compare what they mean, not how they are spelled. */
    private static String normal(String url) {
        String trimmed = url.strip();
        String decoded = SiteAddress.decodeOrNull(trimmed);
        return decoded != null ? decoded : trimmed;
    }
}
