package org.essaykit.comments;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A thread arranged for display: replies under their parents, each level in the configured order.
 * Nesting stops at {@link #MAX_DEPTH}: deeper replies are listed flat, in reading order, under their
 * ancestor at that depth (each still links to the comment it answers), so a reply chain thousands deep
 * stays readable on a phone and renders without deep recursion.
 *
 * @param comment the comment at this place of the tree
 * @param parent  the comment it replies to, or null at the top level
 * @param depth   0 for top-level comments; at most {@link #MAX_DEPTH}
 * @param replies displayed under it
 */
public record CommentTree(RenderedComment comment, RenderedComment parent, int depth, List<CommentTree> replies) {

    public static final int MAX_DEPTH = 6;

    public CommentTree {
        replies = List.copyOf(replies);
    }

    /** Top-level comments with their replies. Comments with an unknown parent, or in a cycle, show at the top level. */
    public static List<CommentTree> arrange(CommentThread thread, CommentOrder order) {
        Map<String, RenderedComment> byId = new LinkedHashMap<>();
        thread.comments().forEach(c -> byId.putIfAbsent(c.comment().id(), c));
        Map<String, List<RenderedComment>> children = new HashMap<>();
        List<RenderedComment> roots = new ArrayList<>();
        for (RenderedComment c : byId.values()) {
            String parent = c.comment().parent();
            if (parent != null && byId.containsKey(parent) && !parent.equals(c.comment().id())) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        children.values().forEach(list -> list.sort(order.comparator()));
        roots.sort(order.comparator());

        // Pre-order walk with an explicit stack; each comment's display parent is its parent, or the
        // parent's display parent once MAX_DEPTH is reached.
        Map<RenderedComment, List<RenderedComment>> shown = new IdentityHashMap<>();
        Map<RenderedComment, Integer> depth = new IdentityHashMap<>();
        Set<String> placed = new HashSet<>();
        record Step(RenderedComment comment, RenderedComment displayParent, int depth) {
        }
        Deque<Step> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(new Step(roots.get(i), null, 0));
        }
        while (!stack.isEmpty()) {
            Step step = stack.pop();
            if (!placed.add(step.comment().comment().id())) {
                continue;
            }
            depth.put(step.comment(), step.depth());
            if (step.displayParent() != null) {
                shown.computeIfAbsent(step.displayParent(), p -> new ArrayList<>()).add(step.comment());
            }
            List<RenderedComment> replies = children.getOrDefault(step.comment().comment().id(), List.of());
            boolean capped = step.depth() >= MAX_DEPTH;
            for (int i = replies.size() - 1; i >= 0; i--) {
                stack.push(capped ? new Step(replies.get(i), step.displayParent(), step.depth())
                        : new Step(replies.get(i), step.comment(), step.depth() + 1));
            }
        }
        List<CommentTree> trees = new ArrayList<>();
        for (RenderedComment root : roots) {
            trees.add(build(root, byId, shown, depth));
        }
        // Comments only reachable through a cycle were never placed: show them at the top level too.
        for (RenderedComment c : byId.values()) {
            if (!placed.contains(c.comment().id())) {
                trees.add(new CommentTree(c, null, 0, List.of()));
            }
        }
        return trees;
    }

    /** Recursion is bounded by MAX_DEPTH. */
    private static CommentTree build(RenderedComment comment, Map<String, RenderedComment> byId,
                                     Map<RenderedComment, List<RenderedComment>> shown,
                                     Map<RenderedComment, Integer> depth) {
        List<CommentTree> replies = new ArrayList<>();
        for (RenderedComment reply : shown.getOrDefault(comment, List.of())) {
            replies.add(build(reply, byId, shown, depth));
        }
        String parent = comment.comment().parent();
        return new CommentTree(comment, parent == null ? null : byId.get(parent), depth.get(comment), replies);
    }

    /** Every comment of a thread, counted once. */
    public static int count(CommentThread thread) {
        return (int) thread.comments().stream().map(c -> c.comment().id()).distinct().count();
    }
}
