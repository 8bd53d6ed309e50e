package org.essaykit.pipeline;

import org.essaykit.content.Document;
import org.essaykit.content.SiteIndex;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.markdown.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One embed's HTML: the content it names in a quoted box with a link to the source. A page shows its whole body, a
 * {@code #heading} its section (the heading and what follows, to the next heading of the same or a higher level),
 * a concept without a heading its summary. The content is the other document's rendered HTML, taken as it is:
 * whatever its Markdown made (formulas, code, citations) comes along. Its ids are made unique in the host page,
 * its links to its own page's parts follow them (or lead to that page), its footnotes come with it, and its
 * relative URLs are made to work from the host.
 */
final class EmbeddedContent {

    private EmbeddedContent() {
    }

    /** The ids a host page has: its own, then those its embeds were given. */
    static final class Ids {
        private final Set<String> taken;
        /** For each id asked for more than once, the suffix to try next: the same section embedded n times costs n. */
        private final Map<String, Integer> nextSuffix = new HashMap<>();

        Ids(Set<String> host) {
            this.taken = new HashSet<>(host);
        }

        /** {@code wanted}, or {@code wanted-2}, {@code -3}... the first the page does not have yet. */
        String unique(String wanted) {
            String id = wanted;
            int n = nextSuffix.getOrDefault(wanted, 2);
            while (!taken.add(id)) {
                id = wanted + "-" + n++;
            }
            nextSuffix.put(wanted, n);
            return id;
        }
    }

    /** The box, or null when the fragment names no heading of the target (the graph's link check reports it). */
    static String of(RenderedDocument target, String fragment, SiteIndex index, Ids ids) {
        Document doc = target.doc();
        String pageUrl = index.withBase(doc.url());
        if (fragment == null && doc.kind() == Document.Kind.CONCEPT) {
            String summary = doc.description() != null ? doc.description() : target.markdown().summary();
            return box("<p>" + Entities.escape(summary) + "</p>\n", pageUrl, doc.title());
        }
        org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(target.markdown().html());
        body.outputSettings().prettyPrint(false);
        List<Element> blocks = fragment == null ? wholeBody(body.body()) : section(body, fragment);
        if (blocks == null) {
            return null;
        }
        Element content = org.jsoup.nodes.Document.createShell("").body();
        content.ownerDocument().outputSettings().prettyPrint(false);
        blocks.forEach(block -> content.appendChild(block.clone()).appendChild(new TextNode("\n")));
        Element notes = footnotes(body.body(), content);
        if (notes != null) {
            content.appendChild(notes).appendChild(new TextNode("\n"));
        }
        renameIds(content, doc.slug(), pageUrl, ids);
        Element references = references(body.body(), content, pageUrl, doc.slug(), ids);
        if (references != null) {
            content.appendChild(references).appendChild(new TextNode("\n"));
        }
        resolveRelativeUrls(content, pageUrl);
        Section heading = fragment == null ? null : target.markdown().sections().get(fragment);
        return box(content.html(), fragment == null ? pageUrl : pageUrl + "#" + fragment,
                heading == null ? doc.title() : doc.title() + " \u203a " + heading.title());
    }

    private static String box(String content, String href, String source) {
        String url = Entities.escape(href);
        return "<figure class=\"embed\">\n<blockquote class=\"embed-body\" cite=\"" + url + "\">\n" + content
                + "</blockquote>\n<figcaption class=\"embed-source\">From <a href=\"" + url + "\">"
                + Entities.escape(source) + "</a></figcaption>\n</figure>\n";
    }

    /** Every block but the footnotes, which come with their references. */
    private static List<Element> wholeBody(Element body) {
        return body.children().stream().filter(block -> !isFootnotes(block)).toList();
    }

    /**
     * The heading with the id and the blocks after it, up to the next heading of the same or a higher level; a sidenote
     * standing just before a heading belongs to that heading. Null when the id names no heading.
     */
    private static List<Element> section(org.jsoup.nodes.Document body, String id) {
        Element heading = body.getElementById(id);
        int level = heading == null ? 0 : headingLevel(heading);
        if (level == 0) {
            return null;
        }
        List<Element> blocks = new ArrayList<>();
        for (Element before = heading.previousElementSibling(); isBlockSidenote(before); before = before.previousElementSibling()) {
            blocks.add(0, before);
        }
        blocks.add(heading);
        for (Element next = heading.nextElementSibling(); next != null && !isFootnotes(next); next = next.nextElementSibling()) {
            int nextLevel = headingLevel(next);
            if (nextLevel > 0 && nextLevel <= level) {
                break;
            }
            blocks.add(next);
        }
        while (blocks.size() > 1 && isBlockSidenote(blocks.get(blocks.size() - 1))) {
            blocks.remove(blocks.size() - 1);
        }
        return blocks;
    }

    private static int headingLevel(Element element) {
        String tag = element.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6' ? tag.charAt(1) - '0' : 0;
    }

    private static boolean isBlockSidenote(Element element) {
        return element != null && element.normalName().equals("aside") && element.hasClass("sidenote");
    }

    private static boolean isFootnotes(Element element) {
        return element.normalName().equals("section") && element.hasClass("footnotes");
    }

    /**
     * The notes the content refers to, as a list of their own keeping their numbers; back-references to places the
     * content does not show are dropped. Null when it refers to none.
     */
    private static Element footnotes(Element body, Element content) {
        Element all = body.children().stream().filter(EmbeddedContent::isFootnotes).findFirst().orElse(null);
        Elements references = content.select("a[data-footnote-ref]");
        if (all == null || references.isEmpty()) {
            return null;
        }
        Set<String> shown = new HashSet<>(content.select("[id]").eachAttr("id"));
        Set<String> wanted = new HashSet<>();
        references.forEach(reference -> wanted.add(reference.attr("href").substring(1)));
        Element list = new Element("ol");
        int number = 0;
        for (Element note : all.select("> ol > li")) {
            number++;
            if (wanted.contains(note.id())) {
                Element copy = note.clone().attr("value", Integer.toString(number));
                copy.select("a.footnote-backref").forEach(back -> {
                    if (!shown.contains(back.attr("href").substring(1))) {
                        back.remove();
                    }
                });
                list.appendChild(copy);
            }
        }
        return new Element("section").attr("class", "footnotes").attr("data-footnotes", "").appendChild(list);
    }

    /**
     * The bibliography entries ({@code div.csl-entry}, as the citation renderer writes them) the content cites, under it
     * as on their own page. The citations keep leading to the entries on that page (their links were made to), where
     * the page's preview data has them; the copies get ids unique in the host. Null when the content cites nothing.
     */
    private static Element references(Element body, Element content, String pageUrl, String slug, Ids ids) {
        Set<String> cited = new HashSet<>();
        String onItsPage = pageUrl + "#";
        for (Element link : content.getElementsByTag("a")) {
            if (link.attr("href").startsWith(onItsPage)) {
                cited.add(link.attr("href").substring(onItsPage.length()));
            }
        }
        Element list = null;
        for (Element entry : body.select(".csl-entry[id]")) {
            if (cited.contains(entry.id())) {
                if (list == null) {
                    list = new Element("div").attr("class", "references csl-bib-body");
                }
                list.appendChild(entry.clone().id(ids.unique(slug + "-" + entry.id())));
            }
        }
        return list;
    }

    /**
     * Each id gets the page's slug before it, made unique in the host; links to the content's own ids follow them,
     * and links to other parts of its page lead there.
     */
    private static void renameIds(Element content, String slug, String pageUrl, Ids ids) {
        Map<String, String> renamed = new HashMap<>();
        for (Element element : content.select("[id]")) {
            String id = ids.unique(slug + "-" + element.id());
            renamed.put(element.id(), id);
            element.id(id);
        }
        for (Element link : content.select("a[href^=#]")) {
            String fragment = link.attr("href").substring(1);
            String id = renamed.get(fragment);
            link.attr("href", id != null ? "#" + id : pageUrl + "#" + fragment);
        }
    }

    /** A relative URL ({@code chart.png}) was written for the embedded page's address: it is made to work from any. */
    private static void resolveRelativeUrls(Element content, String pageUrl) {
        URI base = URI.create("https://site.invalid" + pageUrl);
        for (Element element : content.select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                String url = element.attr(attribute);
                if (!url.isEmpty() && isRelative(url)) {
                    try {
                        element.attr(attribute, base.resolve(url).getRawPath() + suffix(url));
                    } catch (IllegalArgumentException e) {
                        // not a URL the browser could follow from the embedded page either: left as written
                    }
                }
            }
        }
    }

    private static boolean isRelative(String url) {
        return !url.startsWith("/") && !url.startsWith("#") && !url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** The query and fragment of a URL, which the resolved path keeps. */
    private static String suffix(String url) {
        int at = url.indexOf('?') >= 0 ? url.indexOf('?') : url.indexOf('#');
        return at < 0 ? "" : url.substring(at);
    }
}
