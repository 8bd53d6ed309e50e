package org.essaykit.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Generators of hostile files for every reader: each joins fragments of its format's syntax (the characters and
 * tokens its parser branches on), text from the issue 13 corpus, long runs and odd characters, so that most inputs
 * are almost valid and reach deep into the reader.
 */
final class HostileInputs {

    /** What any text field may hold: odd characters, long runs, escapes, markup from other readers. */
    private static final List<String> ODD = List.of("", " ", "\t", "\n", "\r\n", "\u0000", "\ud800", "\u202e", "\ufeff",
            "\u00e9", "\ud83d\ude00", "..", "/", "//", "\\", "\"", "'", "\\u", "\\x", "&a", "*a", "<<", "{{", "}}",
            "{%", "%}", "[[", "]]", "<script>", "javascript:", "%00", ":", "-", "#", "|", "x".repeat(300),
            "[".repeat(200), "{".repeat(200), "W".repeat(2_000));

    private static final List<String> YAML = List.of("title: ", "tags: ", "date: ", "permalink: ", "slug: ",
            "aliases: ", "layout: ", "series: ", "series_part: ", "draft: ", "categories: ", "description: ", "\n",
            "\n  ", "\n- ", "- ", "[", "]", "{", "}", ", ", ": ", "&a ", "*a", "<<: ", "!!str ", "!!binary ", "|",
            ">", "\"", "'", "? ", "%YAML 1.2", "---", "...", "# ", "2023-05-05", "true", "~", "0x1F", "1e999", ".nan");

    private static final List<String> MARKDOWN = List.of("# ", "## ", "\n", "\n\n", "- ", "1. ", "> ", "> [!NOTE]\n> ",
            "```", "```sim evolution\n", "```sim in-context-gd\nbatch: 1024\n", "```table rows\n", "caption: x\n",
            "    ", "*", "_", "`", "[", "]", "(", ")", "[[", "]]", "[[Essay]]", "[[#", "|", "![", "<div>", "</div>",
            "<!--", "-->", "[^1]", "[^1]: ", "https://example.org/x ", "other.md", "essay.md#h", "\\", "&amp;", "---\n",
            "| a | b |\n|---|---|\n", "Text ", "Mesa-optimizer ");

    private static final List<String> TEMPLATE = List.of("{{ ", " }}", "{% ", " %}", "page.title", "page.tags",
            "site.title", "if ", "endif", "for x in ", "endfor", "range(1, 3)", "range(1, 100000000)", "block main",
            "endblock", "extends \"base.html\"", "include \"post.html\"", "macro m()", "endmacro", "m()", "| date(\"y\")",
            "| upper", "| raw", "i18n(\"a\", \"b\")", "\"", "'", "(", ")", "~", "+", "verbatim", "endverbatim", "set s = ",
            "<p>", "\n", "{#", "#}");

    private HostileInputs() {
    }

    /** Text of up to {@code max} fragments, mostly from {@code syntax}, sometimes odd. */
    private static Arbitrary<String> text(List<String> syntax, int max) {
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(syntax)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(ODD)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(12)));
        return fragment.list().ofMaxSize(max).map(parts -> String.join("", parts));
    }

    static Arbitrary<HostileSite> frontMatter() {
        return text(YAML, 60).map(yaml -> HostileSite.of("front matter", IssueCorpus.POST, "---\n" + yaml + "\n---\nText.\n"));
    }

    static Arbitrary<HostileSite> markdown() {
        return text(MARKDOWN, 120).map(body -> HostileSite.of("Markdown", IssueCorpus.POST, IssueCorpus.post("", body))
                .with(IssueCorpus.DATA_YAML, "- a: 1\n  b: x\n"));
    }

    static Arbitrary<HostileSite> thread() {
        return text(YAML, 60).map(yaml -> HostileSite.of("thread", IssueCorpus.THREAD, IssueCorpus.thread(yaml)));
    }

    static Arbitrary<HostileSite> data() {
        Arbitrary<String> name = Arbitraries.of(IssueCorpus.DATA_YAML, IssueCorpus.DATA_JSON, "content/data/rows.csv");
        return Combinators.combine(name, text(YAML, 60)).as((path, text) -> HostileSite.of("data file", path, text)
                .with(IssueCorpus.POST, IssueCorpus.post("", "```table rows\n```\n")));
    }

    static Arbitrary<HostileSite> siteConfig() {
        return text(YAML, 60).map(yaml -> HostileSite.of("site.yaml", IssueCorpus.CONFIG, IssueCorpus.config(yaml)));
    }

    static Arbitrary<HostileSite> template() {
        return text(TEMPLATE, 60).map(text -> HostileSite.of("template", IssueCorpus.TEMPLATE, text));
    }

    /** Any of the above, for the long run. */
    static Arbitrary<HostileSite> any() {
        return Arbitraries.oneOf(frontMatter(), markdown(), thread(), data(), siteConfig(), template());
    }
}
