package org.essaykit.check;

import org.essaykit.diag.SourcePos;

import java.util.List;
import java.util.Set;

/**
 * What one file of the site links to and what its fragments can target, from a single read.
 *
 * @param path     the file inside the site folder
 * @param links    every URL found, in document order, already resolved against the file's base
 * @param targets  ids of any element and names of {@code <a>}: the fragments that land on this page
 * @param problems problems of the page itself (empty or duplicate ids)
 * @param redirect where an instant meta refresh sends the reader (the pages {@code aliases:} leave at old
 *                 URLs), or null: a fragment of a link to this page is looked for there
 */
record ScannedPage(String path, List<Link> links, Set<String> targets, List<Finding> problems, Target redirect) {

    /**
     * One URL in a page.
     *
     * @param where     the element and attribute it came from, as {@code a href}
     * @param raw       the URL as written (entities decoded)
     */
    record Link(SourcePos pos, String where, String raw, Target target) {
    }

    ScannedPage {
        links = List.copyOf(links);
        targets = Set.copyOf(targets);
        problems = List.copyOf(problems);
    }
}
