package org.essaykit.check;

import org.essaykit.diag.SourcePos;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the URLs and fragment targets out of one HTML page or stylesheet. Thread-safe: each call makes
 * its own jsoup {@link Parser}, since a shared one serialises parsing.
 */
final class PageScanner {

    private static final Pattern REFRESH = Pattern.compile(
            "\\s*([\\d.]*)\\s*[;,]?\\s*(?:url\\s*=\\s*)?(['\"]?)(.*?)\\2\\s*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A refresh after 0 seconds (the fraction is ignored, as browsers do) sends the reader on at once. */
    private static final Pattern INSTANT = Pattern.compile("0*(\\.[\\d.]*)?");
    private static final Set<String> SRC_TAGS = Set.of("script", "iframe", "embed", "track", "audio", "video",
            "source", "img");
    private static final String IGNORE_ATTRIBUTE = "data-proofer-ignore";
    private static final Set<String> META_URLS = Set.of("og:url", "og:image");
    /** These name an origin to connect to early, not a resource: there is nothing to check. */
    private static final Set<String> ORIGIN_HINTS = Set.of("preconnect", "dns-prefetch");

    private final SiteAddress address;
    private final IgnoreRules ignore;

    PageScanner(SiteAddress address, IgnoreRules ignore) {
        this.address = address;
        this.ignore = ignore;
    }

    ScannedPage scanHtml(String path, byte[] bytes) {
        Document doc = parse(bytes);
        Url base = baseOf(doc, address.urlOf(path));
        Page page = new Page(path, base);
        // Parents come before their children in document order, so one pass marks whole ignored subtrees
        // (a jsoup selector here would parse its query again for every page).
        Set<Element> ignored = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element el : doc.getAllElements()) {
            page.collectTargets(el);
            if (el.hasAttr(IGNORE_ATTRIBUTE) || ignored.contains(el.parent())) {
                ignored.add(el);
            } else {
                page.collectLinks(el);
            }
        }
        page.checkImageMaps();
        return new ScannedPage(path, page.links, page.targets, page.problems, page.redirect);
    }

    /**
     * Decodes as browsers do: a byte-order mark first (pages saved as UTF-16 by Windows editors), then
     * {@code <meta charset>} in the first bytes, else UTF-8.
     */
    private static Document parse(byte[] bytes) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory", e);
        }
    }

    ScannedPage scanCss(String path, byte[] bytes) {
        Page page = new Page(path, address.urlOf(path));
        page.css(new String(bytes, StandardCharsets.UTF_8), 1, 1, "url()");
        return new ScannedPage(path, page.links, Set.of(), List.of(), null);
    }

    /** The first {@code <base href>} wins, resolved against the page's own URL. */
    private static Url baseOf(Document doc, Url pageUrl) {
        Element base = doc.selectFirst("base[href]");
        return base == null ? pageUrl : Url.parse(base.attr("href")).resolveAgainst(pageUrl);
    }

    /** The state of one scan. */
    private final class Page {
        final String path;
        final Path file;
        final Url base;
        final List<ScannedPage.Link> links = new ArrayList<>();
        final Set<String> targets = new HashSet<>();
        final Map<String, SourcePos> firstId = new HashMap<>();
        final List<Finding> problems = new ArrayList<>();
        /** {@code <map name>} (and id) of the page, and each {@code usemap} that must name one of them. */
        final Set<String> mapNames = new HashSet<>();
        final Map<SourcePos, String> usemaps = new LinkedHashMap<>();
        Target redirect;

        Page(String path, Url base) {
            this.path = path;
            this.file = Path.of(path);
            this.base = base;
        }

        void collectTargets(Element el) {
            if (el.hasAttr("id")) {
                String id = el.attr("id");
                SourcePos pos = pos(el, "id");
                if (id.isEmpty()) {
                    problems.add(problem("empty-id", "empty id on <" + el.normalName() + ">", pos,
                            "remove the id attribute or give it a value"));
                } else if (firstId.putIfAbsent(id, pos) != null) {
                    SourcePos first = firstId.get(id);
                    problems.add(problem("duplicate-id", "duplicate id `" + id + "` (first at line " + first.line()
                            + ")", pos, "links to #" + id + " land on the first one; make the ids unique"));
                }
                targets.add(id);
            }
            if (el.normalName().equals("a") && el.hasAttr("name") && !el.attr("name").isEmpty()) {
                targets.add(el.attr("name"));
            }
            if (el.normalName().equals("map")) {
                mapNames.add(el.attr("name"));
                mapNames.add(el.id());
            }
            if (el.hasAttr("usemap")) {
                usemaps.put(pos(el, "usemap"), el.attr("usemap"));
            }
        }

        /** An image map the page does not have leaves the image without its links: html-proofer reports it too. */
        void checkImageMaps() {
            usemaps.forEach((pos, usemap) -> {
                String name = usemap.strip();
                if (!name.startsWith("#") || name.length() == 1) {
                    problems.add(problem("missing-map", "usemap `" + usemap + "` is not a #name", pos,
                            "write usemap=\"#name\" for the <map name=\"name\"> of this page"));
                } else if (!mapNames.contains(name.substring(1))) {
                    problems.add(problem("missing-map", "usemap `" + usemap + "`: the page has no <map name=\""
                            + name.substring(1) + "\">", pos, "add the map or correct its name"));
                }
            });
        }

        void collectLinks(Element el) {
            String tag = el.normalName();
            switch (tag) {
                case "a", "area" -> attribute(el, "href");
                case "link" -> {
                    String rel = el.attr("rel").toLowerCase(Locale.ROOT);
                    if (ORIGIN_HINTS.stream().noneMatch(rel::contains)) {
                        attribute(el, "href");
                    }
                }
                case "object" -> attribute(el, "data");
                case "meta" -> meta(el);
                case "style" -> style(el);
                default -> { }
            }
            if (SRC_TAGS.contains(tag)) {
                attribute(el, "src");
            }
            if (tag.equals("img") || tag.equals("source")) {
                srcset(el);
            }
            if (tag.equals("video")) {
                attribute(el, "poster");
            }
            if (el.hasAttr("style")) {
                SourcePos pos = pos(el, "style");
                css(el.attr("style"), pos.line(), pos.column(), tag + " style");
            }
        }

        private void attribute(Element el, String name) {
            if (el.hasAttr(name)) {
                add(pos(el, name), el.normalName() + " " + name, el.attr(name));
            }
        }

        private void srcset(Element el) {
            if (el.hasAttr("srcset")) {
                SourcePos pos = pos(el, "srcset");
                Srcset.urls(el.attr("srcset")).forEach(url -> add(pos, el.normalName() + " srcset", url));
            }
        }

        private void meta(Element el) {
            String property = (el.hasAttr("property") ? el.attr("property") : el.attr("name")).toLowerCase(Locale.ROOT);
            if (META_URLS.contains(property)) {
                add(pos(el, "content"), "meta " + property, el.attr("content"));
            } else if (el.attr("http-equiv").equalsIgnoreCase("refresh")) {
                Matcher m = REFRESH.matcher(el.attr("content"));
                if (m.matches() && !m.group(3).isBlank()) {
                    Target target = add(pos(el, "content"), "meta refresh", m.group(3));
                    boolean instant = !m.group(1).isEmpty() && INSTANT.matcher(m.group(1)).matches();
                    if (instant && redirect == null) {
                        redirect = target;
                    }
                }
            }
        }

        private void style(Element el) {
            for (DataNode data : el.dataNodes()) {
                Range.Position start = data.sourceRange().start();
                SourcePos at = start.isTracked() ? new SourcePos(file, start.lineNumber(), start.columnNumber())
                        : pos(el, null);
                css(data.getWholeData(), at.line(), at.column(), "style url()");
            }
        }

        void css(String text, int line, int column, String where) {
            for (CssUrls.CssUrl url : CssUrls.in(text)) {
                int[] lc = CssUrls.lineAndColumn(text, url.offset(), line, column);
                add(new SourcePos(file, lc[0], lc[1]), where, url.url());
            }
        }

        /** Adds one URL unless it is ignored; returns where it points, or null when ignored. */
        private Target add(SourcePos pos, String where, String raw) {
            if (ignore.ignoresUrl(raw)) {
                return null;
            }
            Target target = address.resolve(raw, base);
            links.add(new ScannedPage.Link(pos, where, raw, target));
            return target;
        }

        /** Where an attribute's value starts; the element's start when jsoup has no position for it. */
        private SourcePos pos(Element el, String attribute) {
            Range.Position p = el.sourceRange().start();
            if (attribute != null) {
                Range.AttributeRange range = el.attributes().sourceRange(attribute);
                if (range.valueRange().start().isTracked()) {
                    p = range.valueRange().start();
                } else if (range.nameRange().start().isTracked()) {
                    p = range.nameRange().start();
                }
            }
            return p.isTracked() ? new SourcePos(file, p.lineNumber(), p.columnNumber()) : SourcePos.startOf(file);
        }

        private Finding problem(String rule, String message, SourcePos pos, String hint) {
            return new Finding(Finding.Level.ERROR, rule, message, "", pos, null, "", hint);
        }
    }
}
