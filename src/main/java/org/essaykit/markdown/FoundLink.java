package org.essaykit.markdown;

import org.essaykit.diag.SourcePos;

import java.nio.file.Path;

/**
 * A link or image found while rendering, with where it was written, for the link graph and the link
 * checker.
 *
 * @param destination the destination as written in the Markdown
 * @param target      the source file it points to ({@code other.md}, resolved against the linking file and
 *                    relative to the site root), or null when it points elsewhere
 * @param fragment    the part after {@code #}, decoded, or null; with a null target and a destination
 *                    starting with {@code #}, a place on the same page
 * @param context     the text around the link (its paragraph, list item or heading, shortened), for backlinks
 */
public record FoundLink(Kind kind, String destination, String text, SourcePos pos, Path target, String fragment,
                        String context) {

    /**
     * WIKILINK: {@code [[Name]]}; its destination is the link as written and its target null if no page has that name.
     * EMBED: {@code ![[Name]]}, a wikilink whose target's content the page shows.
     */
    public enum Kind { LINK, IMAGE, WIKILINK, EMBED }

    /** Whether it names its target ({@code [[Name]]}, {@code ![[Name]]}) rather than giving its path. */
    public boolean byName() {
        return kind == Kind.WIKILINK || kind == Kind.EMBED;
    }

    /** The name a wikilink looks up, as written: {@code Name} in {@code [[Name#part|label]]} or {@code ![[Name]]}. */
    public String wikiName() {
        return destination.substring(destination.indexOf("[[") + 2, destination.length() - 2).split("[#|]", 2)[0].strip();
    }

    /** True for {@code #fragment} links to the page itself. */
    public boolean isSamePage() {
        return target == null && destination.startsWith("#");
    }
}
