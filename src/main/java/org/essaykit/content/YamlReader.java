package org.essaykit.content;

import org.essaykit.diag.SourceProblem;
import org.essaykit.diag.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a YAML mapping with SnakeYAML Engine (YAML 1.2, core schema) into plain Java values, keeping
 * where each top-level value starts so later checks can point at the exact line and column.
 *
 * <p>Values are String, Boolean, Long, Double, List, Map (insertion-ordered) or null. Timestamps stay
 * strings: dates are parsed by {@link JekyllDates}, which knows the forms Jekyll accepts.
 */
public final class YamlReader {

    /** A parsed mapping; {@code positions} holds the start of each top-level value. */
    record YamlMap(Map<String, Object> values, Map<String, SourcePos> positions) {
        static YamlMap empty() {
            return new YamlMap(Map.of(), Map.of());
        }
    }

    /** A YAML problem with its position in the file, and a hint when the problem has its own. */
    public static final class YamlException extends SourceProblem {
        YamlException(SourcePos pos, String message) {
            this(pos, message, null);
        }

        YamlException(SourcePos pos, String message, String hint) {
            super(pos, message, hint);
        }
    }

    /** Immutable, so shared by all threads; alias expansion is capped against "billion laughs" input. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(50)
            .build();

    private YamlReader() {
    }

    /**
     * @param lineOffset lines in the file before {@code yaml} starts (1 for front matter after {@code ---})
     */
    static YamlMap readMapping(String yaml, Path file, int lineOffset) throws YamlException {
        Optional<Node> root = compose(yaml, file, lineOffset, SETTINGS);
        if (root.isEmpty() || isNull(root.get())) {
            return YamlMap.empty();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            throw new YamlException(position(root.get(), file, lineOffset),
                    "expected a mapping of keys to values (key: value lines)");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourcePos> positions = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalarText(tuple.getKeyNode());
            values.put(key, toJava(tuple.getValueNode()));
            positions.put(key, position(tuple.getValueNode(), file, lineOffset));
        }
        return new YamlMap(Collections.unmodifiableMap(values), Collections.unmodifiableMap(positions));
    }

    /** A YAML value with where it starts: scalars as Java values, lists of and maps to more located values. */
    record Located(Object value, SourcePos pos) {
    }

    /** The whole document as located values, for files whose every entry needs a position (data tables). */
    static Located readLocated(String yaml, Path file) throws YamlException {
        return compose(yaml, file, 0, SETTINGS).map(node -> located(node, file))
                .orElse(new Located(null, SourcePos.startOf(file)));
    }

    /**
     * The document's node tree, every problem (syntax, {@link YamlGuard}'s limits, the scanner failing on an unfinished
     * escape) a {@link YamlException} at its place. Every reader of YAML in essaykit goes through here.
     *
     * @param lineOffset lines in the file before {@code yaml} starts
     */
    public static Optional<Node> compose(String yaml, Path file, int lineOffset, LoadSettings settings)
            throws YamlException {
        YamlGuard guard = new YamlGuard(new ParserImpl(settings, new StreamReader(settings, yaml)));
        try {
            return new Composer(settings, guard).getSingleNode();
        } catch (YamlGuard.Refused e) {
            throw new YamlException(at(e.mark().orElse(null), file, lineOffset), e.getMessage(), e.hint());
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String problem = firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
            String context = e.getContext() == null || e.getContextMark().isEmpty() ? ""
                    : " (" + e.getContext() + " started at line " + (e.getContextMark().get().getLine() + 1 + lineOffset)
                    + ", column " + (e.getContextMark().get().getColumn() + 1) + ")";
            throw new YamlException(at(mark, file, lineOffset), "invalid YAML: " + problem + context);
        } catch (YamlEngineException e) {
            throw new YamlException(at(guard.lastMark().orElse(null), file, lineOffset),
                    "invalid YAML: " + firstLine(e.getMessage()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // SnakeYAML's scanner fails this way on an escape cut short: a backslash and u at the end of the file.
            throw new YamlException(at(guard.lastMark().orElse(null), file, lineOffset),
                    "invalid YAML: cannot read the text after this point",
                    "look for an unfinished quoted string or escape: `\\u` needs four hex digits, `\\x` two");
        }
    }

    private static SourcePos at(Mark mark, Path file, int lineOffset) {
        return mark == null ? SourcePos.startOf(file).withLineOffset(lineOffset)
                : new SourcePos(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static Located located(Node node, Path file) {
        SourcePos pos = position(node, file, 0);
        if (node instanceof ScalarNode scalar) {
            return new Located(scalar(scalar), pos);
        }
        if (node instanceof SequenceNode seq) {
            List<Located> items = new ArrayList<>();
            seq.getValue().forEach(item -> items.add(located(item, file)));
            return new Located(Collections.unmodifiableList(items), pos);
        }
        Map<String, Located> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            map.put(scalarText(tuple.getKeyNode()), located(tuple.getValueNode(), file));
        }
        return new Located(Collections.unmodifiableMap(map), pos);
    }

    /** Where a node of a composed file ({@link #compose} with no line offset) starts. */
    public static SourcePos positionOf(Node node, Path file) {
        return position(node, file, 0);
    }

    private static SourcePos position(Node node, Path file, int lineOffset) {
        return node.getStartMark()
                .map(m -> new SourcePos(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1))
                .orElse(SourcePos.startOf(file));
    }

    /** Whether a node is YAML's null ({@code ~}, {@code null} or nothing). */
    public static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    private static String scalarText(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : String.valueOf(toJava(node));
    }

    private static Object toJava(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node item : seq.getValue()) {
                list.add(toJava(item));
            }
            return Collections.unmodifiableList(list);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            map.put(scalarText(tuple.getKeyNode()), toJava(tuple.getValueNode()));
        }
        return Collections.unmodifiableMap(map);
    }

    private static Object scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return null;
            } else if (Tag.BOOL.equals(tag)) {
                return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
            } else if (Tag.INT.equals(tag)) {
                return Long.decode(text.replace("0o", "0"));
            } else if (Tag.FLOAT.equals(tag)) {
                return Double.parseDouble(text);
            }
        } catch (NumberFormatException e) {
            return text;
        }
        return text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
