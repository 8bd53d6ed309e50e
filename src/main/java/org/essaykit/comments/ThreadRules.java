package org.essaykit.comments;

import org.essaykit.diag.Diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks that the comments of one thread form a forest: unique ids, known parents, no reply cycles. */
final class ThreadRules {

    private ThreadRules() {
    }

    /** Reports every problem; runs in time linear in the number of comments, however deep the replies. */
    static void check(List<Comment> comments, Diagnostics diagnostics) {
        Map<String, Comment> byId = new LinkedHashMap<>();
        for (Comment comment : comments) {
            Comment first = byId.putIfAbsent(comment.id(), comment);
            if (first != null) {
                diagnostics.error(comment.positionOf("id"), "duplicate comment id `" + comment.id()
                                + "` (first used at line " + first.positionOf("id").line() + ")",
                        "give each comment its own id; replies name their parent by it");
            }
        }
        for (Comment comment : comments) {
            String parent = comment.parent();
            if (parent != null && !byId.containsKey(parent)) {
                diagnostics.error(comment.positionOf("parent"), "comment `" + comment.id() + "` replies to `" + parent
                                + "`, but this thread has no comment with that id",
                        "write the id of an existing comment, or remove `parent:` to make it a top-level comment");
            }
        }
        cycles(byId, diagnostics);
    }

    /** Follows each parent chain once; a chain that comes back to a comment on the current walk is a cycle. */
    private static void cycles(Map<String, Comment> byId, Diagnostics diagnostics) {
        Map<String, Integer> walk = new HashMap<>();
        int walkNo = 0;
        for (Comment start : byId.values()) {
            walkNo++;
            List<String> path = new ArrayList<>();
            Comment at = start;
            while (at != null && !walk.containsKey(at.id())) {
                walk.put(at.id(), walkNo);
                path.add(at.id());
                at = at.parent() == null ? null : byId.get(at.parent());
            }
            if (at != null && walk.get(at.id()) == walkNo) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(at.id()), path.size()));
                cycle.add(at.id());
                diagnostics.error(at.positionOf("parent"), "comments reply to each other in a cycle: "
                                + String.join(" -> ", cycle),
                        "a reply's parent must be another comment of the thread that does not reply to it in turn;"
                                + " remove one `parent:` to make that comment top-level");
            }
        }
    }
}
