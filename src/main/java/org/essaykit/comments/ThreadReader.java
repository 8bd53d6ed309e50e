package org.essaykit.comments;

import org.essaykit.content.JekyllDates;
import org.essaykit.content.YamlReader;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a thread file, a YAML list of comments, reporting each malformed entry at its field's
 * position. Whole-thread checks (duplicates, parents, cycles) are {@link ThreadRules}'s.
 */
final class ThreadReader {

    static final Set<String> KEYS = Set.of("id", "parent", "author", "op", "date", "score", "source", "body");
    private static final String KEY_LIST = "id, parent, author, op, date, score, source, body";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    /** Immutable, so shared; no aliases at all: a thread has no use for them and they multiply input. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(0)
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();

    private ThreadReader() {
    }

    /** The comments that could be read, in file order; entries without an id are reported and left out. */
    static List<Comment> read(String yaml, Path file, ZoneId zone, Diagnostics diagnostics) {
        Optional<Node> root;
        try {
            root = YamlReader.compose(yaml, file, 0, SETTINGS);
        } catch (YamlReader.YamlException e) {
            diagnostics.error(e.pos(), e.getMessage(),
                    e.hint("a thread file is a YAML list of comments, each starting with `- id:`"));
            return List.of();
        }
        if (root.isEmpty() || isNull(root.get())) {
            return List.of();
        }
        if (!(root.get() instanceof SequenceNode list)) {
            diagnostics.error(pos(root.get(), file), "a thread file must be a list of comments",
                    "start each comment with `- id: ...` at the beginning of a line");
            return List.of();
        }
        List<Comment> comments = new ArrayList<>();
        for (Node item : list.getValue()) {
            Comment comment = comment(item, file, zone, diagnostics);
            if (comment != null) {
                comments.add(comment);
            }
        }
        return comments;
    }

    private static Comment comment(Node item, Path file, ZoneId zone, Diagnostics diagnostics) {
        SourcePos at = pos(item, file);
        if (!(item instanceof MappingNode mapping)) {
            diagnostics.error(at, "a comment must be a mapping of fields", "write `- id: c1` then `body: |` on the next line");
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, SourcePos> positions = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            SourcePos valuePos = pos(tuple.getValueNode(), file);
            if (!KEYS.contains(key)) {
                diagnostics.error(pos(tuple.getKeyNode(), file), "unknown comment field `" + key + "`",
                        "the fields are " + KEY_LIST);
            } else if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
                diagnostics.error(valuePos, "`" + key + "` must be a single value, not a "
                        + (tuple.getValueNode() instanceof SequenceNode ? "list" : "mapping"),
                        key.equals("body") ? "write the body as a block: `body: |` and the text indented below"
                                : "write it as `" + key + ": value`");
            } else if (!isNull(scalar)) {
                values.put(key, scalar.getValue());
                positions.put(key, valuePos);
            }
        }
        String id = values.get("id");
        if (id == null) {
            diagnostics.error(at, "comment has no `id`", "add `id:` with a name unique in this thread, e.g. `id: c"
                    + (mapping.getStartMark().map(m -> m.getLine() + 1).orElse(1)) + "`");
            return null;
        }
        if (!ID.matcher(id).matches()) {
            diagnostics.error(positions.get("id"), "comment id `" + id + "` has characters a page anchor cannot use",
                    "use letters, digits, - and _ only");
            return null;
        }
        OffsetDateTime date = null;
        if (values.containsKey("date")) {
            date = JekyllDates.parse(values.get("date"), zone).orElse(null);
            if (date == null) {
                diagnostics.error(positions.get("date"), "comment `" + id + "` has a date that is not a date: `"
                        + values.get("date") + "`", "write `date: 2023-05-05` or `date: 2023-05-05 12:12:12 -0400`, or leave it out");
            }
        }
        Long score = null;
        if (values.containsKey("score")) {
            try {
                score = Long.parseLong(values.get("score").strip());
            } catch (NumberFormatException e) {
                diagnostics.error(positions.get("score"), "comment `" + id + "` has a score that is not a whole number: `"
                        + values.get("score") + "`", "write for example `score: 12`, or leave it out");
            }
        }
        boolean op = false;
        if (values.containsKey("op")) {
            String flag = values.get("op").strip().toLowerCase(java.util.Locale.ROOT);
            op = flag.equals("true");
            if (!op && !flag.equals("false")) {
                diagnostics.error(positions.get("op"), "comment `" + id + "` has `op: " + values.get("op")
                        + "`, which is neither true nor false", "write `op: true` for a comment by the post's author");
            }
        }
        String body = values.get("body");
        if (body == null) {
            diagnostics.error(at, "comment `" + id + "` has no `body`", "add `body: |` with the text indented below it");
        } else if (body.isBlank()) {
            diagnostics.error(positions.get("body"), "comment `" + id + "` has an empty body",
                    "write the comment's text under `body: |`, or delete the comment");
        }
        return new Comment(id, values.get("parent"), blankToNull(values.get("author")), op, date, score,
                blankToNull(values.get("source")), body == null ? "" : body, at, positions);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static SourcePos pos(Node node, Path file) {
        return YamlReader.positionOf(node, file);
    }

    private static boolean isNull(Node node) {
        return YamlReader.isNull(node);
    }
}
