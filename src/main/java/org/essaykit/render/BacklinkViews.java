package org.essaykit.render;

import org.essaykit.graph.Backlink;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The "Linked from" list as a reader reads it: one entry per page, whatever the graph handed over, and a line of
 * context shown once (several pages quoting the same sentence, such as a concept's shared definition, would
 * otherwise print it again under each).
 */
final class BacklinkViews {

    private BacklinkViews() {
    }

    /**
     * At most {@code limit} entries, the first for each URL, in the given order; a context already shown is left out.
     * Each backlink is made a view only when it is looked at: a concept's page shows a few of its thousands.
     */
    static List<Views.BacklinkView> distinct(List<Backlink> backlinks, Function<Backlink, Views.BacklinkView> view,
                                             int limit) {
        List<Views.BacklinkView> shown = new ArrayList<>();
        Set<String> urls = new HashSet<>();
        Set<String> contexts = new HashSet<>();
        for (Backlink backlink : backlinks) {
            if (shown.size() == limit) {
                break;
            }
            Views.BacklinkView link = view.apply(backlink);
            if (urls.add(link.url())) {
                boolean newContext = link.context() != null && contexts.add(link.context());
                shown.add(newContext ? link : new Views.BacklinkView(link.kind(), link.title(), link.url(), ""));
            }
        }
        return shown;
    }

    /** How many distinct pages link: the entries {@link #distinct} would give without a limit. */
    static int count(List<Backlink> backlinks) {
        Set<String> urls = new HashSet<>();
        backlinks.forEach(b -> urls.add(b.url()));
        return urls.size();
    }
}
