package org.essaykit.comments;

import java.util.List;

/**
 * A thread converted from another system's export, ready to be written in our format.
 *
 * @param comments in the export's order, parents before replies where the export allows
 * @param notes    what could not be mapped as it was, one line each, for the person importing
 */
public record ImportedThread(List<Entry> comments, List<String> notes) {

    /** One comment; {@code date} is written as the export gave it, in ISO 8601. Null means absent. */
    public record Entry(String id, String parent, String author, String date, Long score, String source, String body) {
    }

    public ImportedThread {
        comments = List.copyOf(comments);
        notes = List.copyOf(notes);
    }
}
