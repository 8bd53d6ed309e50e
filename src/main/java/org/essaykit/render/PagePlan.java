package org.essaykit.render;

import java.util.Collections;
import java.util.List;

/**
 * Every page of the site and what every template sees as {@code site}.
 *
 * @param pages         the documents' pages (posts, pages, concepts, in graph order), then the pages of lists
 * @param documentPages how many of the pages are documents' pages
 * @param site          given to every page when it renders rather than kept in each model, so that a change to the
 *                      site's lists changes no page's model
 */
public record PagePlan(List<PlannedPage> pages, int documentPages, Views.SiteView site) {
    public PagePlan {
        pages = Collections.unmodifiableList(pages); // the planner's own list, not copied
    }
}
