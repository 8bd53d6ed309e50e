package org.essaykit.check;

import org.essaykit.diag.SourcePos;
import org.essaykit.diag.Suggestions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks every URL of a built site. The internal pass reads each page once, in parallel, and opens no
 * socket; the external pass runs only when {@link CheckOptions#external()} is set.
 */
public final class LinkChecker {

    /** Browsers give up on longer chains of redirects; so do we. */
    private static final int MAX_REDIRECTS = 10;

    private LinkChecker() {
    }

    public static CheckReport check(SiteTree site, CheckOptions options) {
        return check(site, options, List.of());
    }

    /**
     * @param sources what produced each page (from the build), so that problems are reported at the
     *                Markdown line or named after the template; pages without one are reported by output file
     * @throws IllegalArgumentException when the url or baseurl of the options is malformed
     */
    public static CheckReport check(SiteTree site, CheckOptions options, List<SourceMap> sources) {
        SiteAddress address = SiteAddress.of(options.url(), options.baseurl());
        PageScanner scanner = new PageScanner(address, options.ignore());
        List<ScannedPage> scans = site.files().parallelStream()
                .filter(LinkChecker::isScanned)
                .map(path -> scan(site, scanner, path))
                .toList();
        // Only HTML pages have fragments to look for; a stylesheet's or image's are not checked.
        Map<String, ScannedPage> pages = new HashMap<>();
        scans.stream().filter(page -> !isStylesheet(page.path())).forEach(page -> pages.put(page.path(), page));

        Attribution attribution = new Attribution(sources, address.prefix());
        List<Finding> findings = new ArrayList<>();
        Map<String, List<LinkAt>> external = new TreeMap<>();
        int links = 0;
        for (ScannedPage page : scans) {
            if (options.ignore().ignoresPage(page.path())) {
                continue;
            }
            findings.addAll(page.problems());
            List<ScannedPage.Link> pageLinks = page.links();
            for (int i = 0; i < pageLinks.size(); i++) {
                ScannedPage.Link link = pageLinks.get(i);
                if (link.target() instanceof Target.Skipped) {
                    continue;
                }
                links++;
                LinkAt at = new LinkAt(page, i);
                if (link.target() instanceof Target.External ext) {
                    // Without fragment checks a HEAD request is enough: key by the document alone.
                    String url = options.fragments() ? ext.url().toString() : ext.url().withoutFragment();
                    external.computeIfAbsent(url, k -> new ArrayList<>()).add(at);
                    continue;
                }
                Finding finding = internal(link, site, pages, address, options.fragments());
                if (finding != null) {
                    findings.add(attribution.attribute(finding, at));
                }
            }
        }
        if (options.external() != null) {
            for (Map.Entry<LinkAt, Finding> e : new ExternalPass(options.external()).check(external)) {
                findings.add(attribution.attribute(e.getValue(), e.getKey()));
            }
        }
        return new CheckReport(findings, scans.stream().map(ScannedPage::path)
                .filter(path -> !options.ignore().ignoresPage(path)).toList(), links);
    }

    private static boolean isScanned(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || isStylesheet(path);
    }

    private static boolean isStylesheet(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".css");
    }

    /** A scanned file; one that cannot be read links nowhere and has that as its problem. */
    private static ScannedPage scan(SiteTree site, PageScanner scanner, String path) {
        try {
            byte[] bytes = site.read(path);
            return isStylesheet(path) ? scanner.scanCss(path, bytes) : scanner.scanHtml(path, bytes);
        } catch (IOException e) {
            Finding unreadable = new Finding(Finding.Level.ERROR, "unreadable", "cannot read the file: "
                    + e.getMessage(), "", SourcePos.startOf(Path.of(path)), null, "", "");
            return new ScannedPage(path, List.of(), Set.of(), List.of(unreadable), null);
        }
    }

    /** The finding for one internal URL, or null when it is fine. */
    private static Finding internal(ScannedPage.Link link, SiteTree site, Map<String, ScannedPage> pages,
                                    SiteAddress address, boolean checkFragments) {
        Target target = link.target();
        if (target instanceof Target.Invalid invalid) {
            return finding(link, invalid.level(), invalid.rule(), invalid.message() + " in " + link.where(),
                    invalid.hint());
        }
        if (target instanceof Target.OutsideBase outside) {
            return finding(link, Finding.Level.ERROR, "outside-base", "link `" + link.raw() + "` in " + link.where()
                            + " leaves the base path " + address.prefix() + "/: " + outside.path()
                            + " is not part of the site",
                    "write " + address.prefix() + outside.path() + ", or use url('" + outside.path()
                            + "') in templates");
        }
        if (target instanceof Target.Internal in) {
            return internalTarget(link, in, site, pages, address, checkFragments);
        }
        return null;
    }

    private static Finding internalTarget(ScannedPage.Link link, Target.Internal in, SiteTree site,
                                          Map<String, ScannedPage> pages, SiteAddress address,
                                          boolean checkFragments) {
        SiteTree.Lookup lookup = site.lookup(in.sitePath());
        if (!lookup.found()) {
            String hint = !lookup.hint().isEmpty() ? lookup.hint() : site.closest(in.sitePath())
                    .map(near -> "did you mean " + address.prefix() + "/" + near + "?").orElse("");
            return finding(link, Finding.Level.ERROR, "broken-link", "broken link `" + link.raw()
                    + "` in " + link.where() + ": nothing is published at " + address.prefix() + "/" + in.sitePath(),
                    hint);
        }
        String fragment = in.fragment();
        if (!checkFragments || fragment == null || isTop(fragment)) {
            return null;
        }
        List<String> hops = landing(lookup.file(), site, pages);
        ScannedPage landing = hops.isEmpty() ? null : pages.get(hops.get(hops.size() - 1));
        if (landing == null || landing.targets().contains(fragment)) {
            return null;
        }
        String decoded = SiteAddress.decodeOrNull(fragment);
        if (decoded != null && landing.targets().contains(decoded)) {
            return null;
        }
        String page = hops.size() == 1 ? landing.path()
                : String.join(" redirects to ", hops) + ", which";
        String wanted = decoded != null ? decoded : fragment;
        String hint = Suggestions.closest(wanted, landing.targets()).map(id -> "did you mean #" + id + "? ")
                .orElse("") + "fragments are case-sensitive; heading ids change when the heading text does";
        return finding(link, Finding.Level.ERROR, "missing-fragment", "broken fragment `" + link.raw() + "` in "
                + link.where() + ": " + page + " has no id (or <a name>) `" + wanted + "`", hint);
    }

    /**
     * The files a reader passes through from {@code file}, following instant meta refreshes (the pages
     * {@code aliases:} leave at old URLs), ending with the page whose fragments count. Empty when there is
     * no page to look in: the chain leaves the site, ends at a missing file (that redirect page reports its
     * own broken link), loops, or names a fragment of its own, which is where the reader lands instead.
     */
    private static List<String> landing(String file, SiteTree site, Map<String, ScannedPage> pages) {
        List<String> hops = new ArrayList<>(List.of(file));
        ScannedPage page = pages.get(file);
        while (page != null && page.redirect() != null) {
            if (!(page.redirect() instanceof Target.Internal next) || next.fragment() != null
                    || hops.size() > MAX_REDIRECTS) {
                return List.of();
            }
            SiteTree.Lookup lookup = site.lookup(next.sitePath());
            if (!lookup.found() || hops.contains(lookup.file())) {
                return List.of();
            }
            hops.add(lookup.file());
            page = pages.get(lookup.file());
        }
        return hops;
    }

    /** {@code #} and {@code #top} scroll to the top of any page, as browsers define it. */
    private static boolean isTop(String fragment) {
        return fragment.isEmpty() || fragment.equalsIgnoreCase("top");
    }

    static Finding finding(ScannedPage.Link link, Finding.Level level, String rule, String message, String hint) {
        return new Finding(level, rule, message, link.raw(), link.pos(), null, "", hint);
    }
}
