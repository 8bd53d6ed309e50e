package org.essaykit.pipeline;

import org.essaykit.content.SiteIndex;
import org.essaykit.diag.Diagnostic;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.markdown.EmbedSlots;
import org.essaykit.markdown.FoundLink;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The transclusion pass, after every body is rendered: fills each {@code ![[...]]} placeholder with the rendered
 * content it names ({@link EmbeddedContent}). A page that embeds one that embeds another gets the other's content
 * too (to {@link #MAX_DEPTH} levels), so pages are filled targets first; an embed of the page itself, or one closing a cycle, is an error at its
 * {@code file:line:col} and stays a link. An embed naming no page or no heading is left to the graph's link check,
 * which reports it as it reports a wikilink (with the closest name).
 */
public final class Transclusions {

    /**
     * How deep embeds nest in a page: a page shows what it embeds, and what that embeds, down to this many levels;
     * deeper, an embed is a link to its source. A chain of n pages embedding each other would otherwise make pages
     * of n^2 size in all.
     */
    static final int MAX_DEPTH = 3;

    private Transclusions() {
    }

    /**
     * @param markdown the bodies, the embedding ones with their embeds filled, and the problems of the pass (self-embeds,
     *                 cycles) after those of the bodies
     * @param hosts    the embedding documents, filled, targets first
     */
    public record Filled(Pipeline.Markdown markdown, List<RenderedDocument> hosts) {

        public Filled {
            hosts = List.copyOf(hosts);
        }

        /**
         * For {@code serve}: the bodies rendered again, as filled, with every embedding page whose content they change
         * (a page embedding one of them, or embedding a page that does).
         */
        public List<RenderedDocument> touching(List<RenderedDocument> rendered) {
            if (hosts.isEmpty()) {
                return rendered;
            }
            Map<Path, RenderedDocument> filled = new HashMap<>();
            hosts.forEach(host -> filled.put(host.doc().source(), host));
            Set<Path> touched = new HashSet<>();
            rendered.forEach(body -> touched.add(body.doc().source()));
            List<RenderedDocument> out = new ArrayList<>();
            rendered.forEach(body -> out.add(filled.getOrDefault(body.doc().source(), body)));
            for (RenderedDocument host : hosts) { // targets first, so a touched target is known before its hosts
                Path source = host.doc().source();
                if (!touched.contains(source) && embeds(host).stream().map(FoundLink::target).anyMatch(touched::contains)) {
                    touched.add(source);
                    out.add(host);
                }
            }
            return out;
        }
    }

    /** The pipeline's step, after the Markdown stage: every body with its embeds filled. */
    public static Filled fill(Pipeline.Markdown markdown) {
        return fill(markdown, markdown.documents().stream().filter(Transclusions::embedsAny).toList());
    }

    /**
     * The same, given the documents that embed, in the source's order: {@code serve} keeps them as bodies change,
     * since a pass over every body's links costs a 10,000-post site's edit ten milliseconds.
     */
    public static Filled fill(Pipeline.Markdown markdown, List<RenderedDocument> hosts) {
        List<RenderedDocument> documents = markdown.documents();
        if (hosts.isEmpty()) {
            return new Filled(markdown, List.of());
        }
        Map<Path, RenderedDocument> bySource = new HashMap<>();
        documents.forEach(r -> bySource.put(r.doc().source(), r));
        List<Diagnostic> problems = new ArrayList<>(markdown.problems());
        Set<FoundLink> broken = Collections.newSetFromMap(new IdentityHashMap<>());
        List<RenderedDocument> order = targetsFirst(hosts, bySource, problems, broken);
        // Level by level: a page filled to level k shows its targets filled to level k - 1 (level 0: as rendered,
        // their embeds links), so each page shows MAX_DEPTH levels of embeds, whatever the order of the pages.
        // A page embedding no embedding page is the same at every level: it is filled once. Pages are filled in
        // parallel, each on its own.
        Set<Path> hostSources = hosts.stream().map(r -> r.doc().source()).collect(Collectors.toSet());
        Map<Path, RenderedDocument> filled = Map.of();
        for (int level = 1; level <= MAX_DEPTH; level++) {
            Map<Path, RenderedDocument> below = filled;
            boolean first = level == 1;
            List<RenderedDocument> next = order.parallelStream()
                    .map(host -> first || embeds(host).stream().map(FoundLink::target).anyMatch(hostSources::contains)
                            ? filledOnce(host, below, bySource, broken, markdown.index()) : below.get(host.doc().source()))
                    .toList();
            filled = new HashMap<>();
            for (RenderedDocument host : next) {
                filled.put(host.doc().source(), host);
            }
        }
        Map<Path, RenderedDocument> done = filled;
        return new Filled(new Pipeline.Markdown(markdown.source(), markdown.index(),
                documents.stream().map(r -> done.getOrDefault(r.doc().source(), r)).toList(), problems,
                markdown.simulations()), order.stream().map(host -> done.get(host.doc().source())).toList());
    }

    /** The host with each embed replaced by its target as {@code shown} has it (else as rendered). */
    private static RenderedDocument filledOnce(RenderedDocument host, Map<Path, RenderedDocument> shown,
                                               Map<Path, RenderedDocument> bySource, Set<FoundLink> broken,
                                               SiteIndex index) {
        List<FoundLink> embeds = embeds(host);
        EmbeddedContent.Ids ids = new EmbeddedContent.Ids(host.markdown().anchorIds());
        List<RenderedDocument> targets = new ArrayList<>();
        String html = EmbedSlots.fill(host.markdown().html(), ordinal -> {
            FoundLink link = ordinal < embeds.size() ? embeds.get(ordinal) : null;
            RenderedDocument target = link == null || broken.contains(link) ? null : bySource.get(link.target());
            if (target == null) {
                return null;
            }
            RenderedDocument content = shown.getOrDefault(target.doc().source(), target);
            targets.add(content);
            return EmbeddedContent.of(content, link.fragment(), index, ids);
        });
        // Whatever the content shows, the page needs the means for: code styles, the simulation bundle.
        return new RenderedDocument(host.doc(), host.markdown().withEmbedded(html,
                targets.stream().anyMatch(t -> t.markdown().hasCode()),
                targets.stream().flatMap(t -> t.markdown().simulations().stream()).toList()));
    }

    /** Whether the body has an {@code ![[embed]]}. */
    public static boolean embedsAny(RenderedDocument rendered) {
        return !embeds(rendered).isEmpty();
    }

    /** A body's embeds in order, those naming no page included: the i-th is its i-th placeholder. */
    private static List<FoundLink> embeds(RenderedDocument rendered) {
        List<FoundLink> embeds = null;
        for (FoundLink link : rendered.markdown().links()) {
            if (link.kind() == FoundLink.Kind.EMBED) {
                if (embeds == null) {
                    embeds = new ArrayList<>();
                }
                embeds.add(link);
            }
        }
        return embeds == null ? List.of() : embeds;
    }

    /**
     * The embedding documents in an order where each comes after those it embeds (a depth-first walk, kept on a stack
     * of its own so a long chain of embeds cannot overflow the thread's). An embed of the page itself, or of a page
     * still being walked (a cycle), is reported and marked broken.
     */
    private static List<RenderedDocument> targetsFirst(List<RenderedDocument> hosts, Map<Path, RenderedDocument> bySource,
                                                       List<Diagnostic> problems, Set<FoundLink> broken) {
        Set<Path> hostSources = hosts.stream().map(r -> r.doc().source()).collect(Collectors.toSet());
        Set<Path> done = new HashSet<>();
        List<RenderedDocument> order = new ArrayList<>();
        record Visit(RenderedDocument host, Iterator<FoundLink> embeds) {
        }
        for (RenderedDocument start : hosts) {
            if (done.contains(start.doc().source())) {
                continue;
            }
            Deque<Visit> stack = new ArrayDeque<>();
            List<Path> walking = new ArrayList<>(); // the stack's documents, outermost first, for a cycle's message
            Set<Path> onStack = new HashSet<>();
            stack.push(new Visit(start, embeds(start).iterator()));
            walking.add(start.doc().source());
            onStack.add(start.doc().source());
            while (!stack.isEmpty()) {
                Visit visit = stack.peek();
                if (!visit.embeds().hasNext()) {
                    stack.pop();
                    onStack.remove(walking.remove(walking.size() - 1));
                    done.add(visit.host().doc().source());
                    order.add(visit.host());
                    continue;
                }
                FoundLink link = visit.embeds().next();
                Path target = link.target();
                if (target == null || !bySource.containsKey(target)) {
                    continue;
                }
                if (target.equals(visit.host().doc().source())) {
                    broken.add(link);
                    problems.add(Diagnostic.error(link.pos(), "`" + link.destination() + "` embeds the page it is on",
                            "a page cannot show itself; link to the part with `" + link.destination().substring(1) + "`"));
                } else if (onStack.contains(target)) {
                    broken.add(link);
                    // From the page with the embed that closes it, round to that page again.
                    List<Path> cycle = new ArrayList<>(List.of(visit.host().doc().source()));
                    cycle.addAll(walking.subList(walking.indexOf(target), walking.size()));
                    problems.add(Diagnostic.error(link.pos(), "`" + link.destination() + "` closes a cycle of embeds: "
                                    + cycle.stream().map(Transclusions::slashes).collect(Collectors.joining(" -> ")),
                            "a page cannot show a page that shows it; link to one of them instead of embedding it"));
                } else if (hostSources.contains(target) && !done.contains(target)) {
                    RenderedDocument next = bySource.get(target);
                    stack.push(new Visit(next, embeds(next).iterator()));
                    walking.add(target);
                    onStack.add(target);
                }
            }
        }
        return order;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
