package org.essaykit.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds documents by source path (for {@code other.md} links) and by name (for {@code [[wikilinks]]}):
 * a name is a title, a concept's alias or a slug, matched without regard to case. Immutable, so shared
 * by the threads rendering Markdown.
 */
public final class SiteIndex {

    public static final SiteIndex EMPTY = new SiteIndex(SiteSource.empty());

    private final SiteConfig config;
    private final List<Document> documents;
    private final Map<Path, Document> bySource;
    private final Map<String, List<Document>> byName;
    private final Set<String> names;
    private final ConceptMentions conceptMentions;

    private SiteIndex(SiteSource source) {
        this.config = source.config();
        this.documents = source.documents();
        this.bySource = new HashMap<>();
        this.byName = new HashMap<>();
        this.names = new TreeSet<>();
        Map<String, Document> conceptTerms = new HashMap<>();
        for (Document doc : source.documents()) {
            bySource.put(doc.source(), doc);
            Set<String> own = ownNames(doc);
            Set<String> keys = new TreeSet<>();
            for (String name : own) {
                if (!name.isBlank()) {
                    names.add(name);
                    if (keys.add(key(name))) {
                        byName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(doc);
                    }
                }
            }
            if (autolinked(doc)) {
                own.remove(doc.slug());
                own.forEach(term -> conceptTerms.putIfAbsent(key(term), doc));
            }
        }
        conceptMentions = conceptTerms.isEmpty() || Boolean.FALSE.equals(config.params().get("autolink")) ? null
                : new ConceptMentions(conceptTerms);
    }

    /** The index of {@code source}, made from {@code earlier} by replacing {@code replaced}'s documents in it. */
    private SiteIndex(SiteSource source, SiteIndex earlier, Map<Document, Document> replaced) {
        this.config = source.config();
        this.documents = source.documents();
        this.bySource = new HashMap<>(earlier.bySource);
        this.byName = new HashMap<>(earlier.byName);
        this.names = new TreeSet<>(earlier.names);
        this.conceptMentions = earlier.conceptMentions;
        replaced.forEach((before, after) -> {
            bySource.put(after.source(), after);
            Set<String> keysBefore = keysOf(before);
            Set<String> keysAfter = keysOf(after);
            for (String key : keysBefore) {
                List<Document> named = new ArrayList<>(byName.get(key));
                named.remove(before);
                if (keysAfter.contains(key)) {
                    named.add(placeAmong(named, after), after);
                }
                if (named.isEmpty()) {
                    byName.remove(key);
                } else {
                    byName.put(key, List.copyOf(named));
                }
            }
            for (String key : keysAfter) {
                if (!keysBefore.contains(key)) {
                    List<Document> named = new ArrayList<>(byName.getOrDefault(key, List.of()));
                    named.add(placeAmong(named, after), after);
                    byName.put(key, List.copyOf(named));
                }
            }
            // A name leaves the list of names only when no document is known by it as written any more.
            Set<String> ownAfter = ownNames(after);
            for (String name : ownNames(before)) {
                if (!ownAfter.contains(name) && named(name).stream().noneMatch(doc -> ownNames(doc).contains(name))) {
                    names.remove(name);
                }
            }
            ownAfter.stream().filter(name -> !name.isBlank()).forEach(names::add);
        });
    }

    /**
     * The index after some documents changed in place (each new version at the place of the old one, none added or
     * removed): made from this one by replacing them, unless a concept's terms may have changed, which needs a
     * new index (its concept mentions are made from every concept).
     *
     * @param source   the site as it is now
     * @param replaced each changed document as it was, and as it is now
     */
    public SiteIndex replacing(SiteSource source, Map<Document, Document> replaced) {
        boolean conceptsKept = replaced.entrySet().stream()
                .noneMatch(change -> autolinked(change.getKey()) || autolinked(change.getValue()));
        return conceptsKept && source.config().equals(config) && source.documents().size() == documents.size()
                ? new SiteIndex(source, this, replaced) : of(source);
    }

    /** Where a document goes among others known by one name: they are kept in the source's order. */
    private int placeAmong(List<Document> named, Document doc) {
        if (named.isEmpty()) {
            return 0;
        }
        int place = documents.indexOf(doc);
        int at = 0;
        while (at < named.size() && documents.indexOf(named.get(at)) < place) {
            at++;
        }
        return at;
    }

    private static Set<String> keysOf(Document doc) {
        return entryOf(doc).keys();
    }

    /**
     * Finds mentions of concepts (titles and aliases, whole words, any letter case) for automatic links;
     * empty when the site has no concepts or turns it off ({@code autolink: false} in site.yaml).
     */
    public Optional<ConceptMentions> conceptMentions() {
        return Optional.ofNullable(conceptMentions);
    }

    /** The names a document is known by, as written: title, slug and aliases that are not old URLs. */
    private static Set<String> ownNames(Document doc) {
        Set<String> own = new TreeSet<>();
        own.add(doc.title());
        own.add(doc.slug());
        doc.aliases().stream().filter(a -> !a.startsWith("/")).forEach(own::add);
        return own;
    }

    private static boolean autolinked(Document doc) {
        return doc.kind() == Document.Kind.CONCEPT && !doc.autolinkOff();
    }

    /**
     * Everything of a document that this index reads. Two versions of a document with equal entries answer
     * every lookup alike, so an edit that keeps the entry cannot change how links elsewhere resolve.
     */
    public record Entry(Path source, Document.Kind kind, String url, String title, Set<String> names,
                        boolean autolinked) {

        /** The lookup keys of the names: the keys whose meaning may change with this entry. */
        public Set<String> keys() {
            Set<String> keys = new TreeSet<>();
            names.stream().filter(n -> !n.isBlank()).forEach(n -> keys.add(key(n)));
            return keys;
        }
    }

    public static Entry entryOf(Document doc) {
        return new Entry(doc.source(), doc.kind(), doc.url(), doc.title(), ownNames(doc), autolinked(doc));
    }

    /** The lookup key of a name: how {@link #named} matches it. */
    public static String keyOf(String name) {
        return key(name);
    }

    public static SiteIndex of(SiteSource source) {
        return new SiteIndex(source);
    }

    /** The URL (base path included) of the page made from a source file, relative to the site root. */
    public Optional<String> urlOf(Path source) {
        return Optional.ofNullable(bySource.get(source)).map(doc -> config.relativeUrl(doc.url()));
    }

    /** Whether the site is a Jekyll repository read as it is, whose content was written for Jekyll's rules. */
    public boolean jekyllRepository() {
        return config.jekyll().repository();
    }

    /** A root-relative URL written in content, with the site's base path put before it once. */
    public String withBase(String href) {
        return config.withBase(href);
    }

    /** Every document, in the source's order (without its body: the index is made from the site as read). */
    public List<Document> documents() {
        return documents;
    }

    /** The documents a name can mean: none, one, or several when the name is ambiguous. */
    public List<Document> named(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /** Every name a wikilink may use, for "did you mean" suggestions. */
    public Set<String> names() {
        return names;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
