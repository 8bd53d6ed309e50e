package org.essaykit.diag;

/**
 * The limits that keep hostile or careless input from crashing or stalling a build. Each error that hits one
 * names it and {@link #howToRaise}: a Java system property, e.g.
 * {@code JAVA_TOOL_OPTIONS=-Dessaykit.limit.yaml-depth=200 essaykit build}.
 *
 * @param name  the key after {@code essaykit.limit.}
 * @param value the limit in force
 */
public record Limits(String name, long value) {

    /** How deep YAML lists and mappings may nest: the reader recurses once per level. */
    public static final Limits YAML_DEPTH = of("yaml-depth", 100);
    /** How many values YAML aliases may copy in one file (an "alias bomb" doubles them with each alias). */
    public static final Limits YAML_ALIAS_VALUES = of("yaml-alias-values", 100_000);
    /** Tags (and categories) of one document: each is a page of the site. */
    public static final Limits TAGS_PER_POST = of("tags-per-post", 1_000);
    /** Bytes (UTF-8) of one segment of an output path: file systems refuse names over 255 bytes. */
    public static final Limits PATH_SEGMENT_BYTES = of("path-segment-bytes", 200);
    /** Characters one template may write for one page. */
    public static final Limits PAGE_CHARS = of("page-chars", 64L * 1024 * 1024);
    /** Items of a template's {@code range(...)}. */
    public static final Limits TEMPLATE_RANGE = of("template-range", 1_000_000);
    /** The work of a sim block's default run at build time, as a multiple of its simulation's defaults. */
    public static final Limits SIM_WORK = of("sim-work", 5);

    private static Limits of(String name, long fallback) {
        return new Limits(name, Long.getLong("essaykit.limit." + name, fallback));
    }

    public boolean exceededBy(long amount) {
        return amount > value;
    }

    /** "the limit yaml-depth (100)" for messages. */
    public String describe() {
        return "the " + name + " limit (" + value + ")";
    }

    /** A hint's second half: how to allow more. */
    public String howToRaise() {
        return "if this is intended, raise the limit: JAVA_TOOL_OPTIONS=-Dessaykit.limit." + name + "=N essaykit build";
    }
}
