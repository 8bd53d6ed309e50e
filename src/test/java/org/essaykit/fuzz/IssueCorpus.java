package org.essaykit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every input issue 13 lists for the readers and the build (crashes 1-3 and 5-8, the hangs, invalid UTF-8), in
 * every file it was found in: the regression corpus {@link HostileInputTest} builds, and the seeds the fuzz
 * properties start from.
 */
final class IssueCorpus {

    static final String POST = BuildProbe.POST;
    static final String CONFIG = "content/site.yaml";
    static final String THREAD = "content/posts/essay.comments.yaml";
    static final String DATA_YAML = "content/data/rows.yaml";
    static final String DATA_JSON = "content/data/rows.json";
    static final String TEMPLATE = "templates/post.html";

    private IssueCorpus() {
    }

    static String post(String frontMatter, String body) {
        return "---\ntitle: Essay\n" + frontMatter + "---\n\n" + body;
    }

    static String config(String more) {
        return "title: Test site\nurl: https://example.org\n" + more;
    }

    static String thread(String more) {
        return "- id: c1\n  body: hello\n" + more;
    }

    static List<HostileSite> all() {
        List<HostileSite> all = new ArrayList<>();
        all.addAll(yaml());
        all.addAll(outputPaths());
        all.addAll(templates());
        all.addAll(hangs());
        all.addAll(invalidUtf8());
        return all;
    }

    /** Crashes 1-3 and the YAML hangs, in front matter, site.yaml, data files and threads. */
    static List<HostileSite> yaml() {
        String nested = "[".repeat(10_000);
        String braces = "{".repeat(10_000);
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, y]\n");
        for (int i = 1; i <= 24; i++) {
            bomb.append('a').append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        String merge = "a: &a\n  <<: *a\n";
        return List.of(
                HostileSite.of("recursive alias in front matter", POST, "---\ntitle: &a [*a]\n---\nText.\n"),
                HostileSite.of("recursive alias in site.yaml", CONFIG, config("title2: &a [*a]\n")),
                HostileSite.of("recursive alias as site title", CONFIG, "title: &a [*a]\n"),
                HostileSite.of("recursive alias in a data file", DATA_YAML, "- a: &a [*a]\n"),
                HostileSite.of("recursive alias in a thread", THREAD, thread("- id: c2\n  body: &a [*a]\n")),
                HostileSite.of("10,000 [ in front matter", POST, "---\ntitle: " + nested + "\n---\n"),
                HostileSite.of("10,000 { in front matter", POST, "---\ntitle: " + braces + "\n---\n"),
                HostileSite.of("10,000 [ in site.yaml", CONFIG, config("x: " + nested + "\n")),
                HostileSite.of("10,000 [ in a JSON data file", DATA_JSON, nested),
                HostileSite.of("10,000 { in a JSON data file", DATA_JSON, braces),
                HostileSite.of("10,000 [ in a YAML data file", DATA_YAML, "- a: " + nested),
                HostileSite.of("10,000 [ in a thread", THREAD, nested),
                HostileSite.of("block nesting 10,000 deep in a data file", DATA_YAML, blockNesting(10_000)),
                HostileSite.of("\"\\u at the end of a thread", THREAD, thread("- id: c2\n  body: \"\\u")),
                HostileSite.of("\"\\u at the end of site.yaml", CONFIG, config("x: \"\\u")),
                HostileSite.of("\"\\u at the end of a data file", DATA_YAML, "- a: \"\\u"),
                HostileSite.of("\"\\u at the end of a JSON data file", DATA_JSON, "[{\"a\": \"\\u"),
                HostileSite.of("\"\\u at the end of front matter", POST, "---\ntitle: \"\\u\n---\n"),
                HostileSite.of("alias bomb in front matter", POST, "---\ntitle: T\n" + bomb + "---\n"),
                HostileSite.of("alias bomb in site.yaml", CONFIG, config(bomb.toString())),
                HostileSite.of("alias bomb in a data file", DATA_YAML, "- " + bomb.toString().replace("\n", "\n  ")),
                HostileSite.of("recursive merge key in front matter", POST, "---\ntitle: T\n" + merge + "---\n"),
                HostileSite.of("recursive merge key in site.yaml", CONFIG, config(merge)),
                HostileSite.of("recursive merge key in a data file", DATA_YAML, "- " + merge.replace("\n", "\n  ")),
                HostileSite.of("recursive merge key in a thread", THREAD, "- id: c1\n  body: x\n  <<: &a\n    <<: *a\n"));
    }

    private static String blockNesting(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append(" ".repeat(i)).append("- \n");
        }
        return yaml.toString();
    }

    /** Crash 5, 6 and 7: front matter and config values that would make bad paths or URLs. */
    static List<HostileSite> outputPaths() {
        String longWord = "x".repeat(300);
        return List.of(
                HostileSite.of("permalink ..", POST, post("permalink: \"..\"\n", "")),
                HostileSite.of("permalink /../../etc/passwd", POST, post("permalink: /../../etc/passwd\n", "")),
                HostileSite.of("alias //evil.example", POST, post("aliases: [//evil.example]\n", "")),
                HostileSite.of("alias /../outside/", POST, post("aliases: [/../outside/]\n", "")),
                HostileSite.of("permalink .", POST, post("permalink: \".\"\n", "")),
                HostileSite.of("a 300-character tag", POST, post("tags: [" + longWord + "]\n", "")),
                HostileSite.of("a 300-character slug", POST, post("slug: " + longWord + "\n", "")),
                HostileSite.of("a 300-character permalink segment", POST, post("permalink: /" + longWord + "/\n", "")),
                HostileSite.of("a 300-character file name", "content/posts/" + "y".repeat(250) + ".md", post("", "")),
                HostileSite.of("a tag ..", POST, post("tags: [\"..\"]\n", "")),
                HostileSite.of("layout with a NUL", POST, post("layout: \"a\\0b\"\n", "")),
                HostileSite.of("layout with a lone surrogate", POST, post("layout: \"a\\ud800b\"\n", "")),
                HostileSite.of("layout ../post", POST, post("layout: ../templates/post\n", "")),
                HostileSite.of("url https://a|b.org", CONFIG, config("").replace("https://example.org", "https://a|b.org")),
                HostileSite.of("url with a space in the host", CONFIG, "title: T\nurl: \"https://a b.org\"\n"),
                HostileSite.of("url https://:80/", CONFIG, "title: T\nurl: https://:80/\n"));
    }

    /** Crash 8 and the template hangs: our post template replaced. */
    static List<HostileSite> templates() {
        String ifs = "{% if true %}".repeat(5_000) + "x" + "{% endif %}".repeat(5_000);
        return List.of(
                HostileSite.of("a template including itself", TEMPLATE, "{% include \"post.html\" %}"),
                HostileSite.of("templates extending each other", TEMPLATE, "{% extends \"base2.html\" %}")
                        .with("templates/base2.html", "{% extends \"post.html\" %}"),
                HostileSite.of("a template extending itself", TEMPLATE, "{% extends \"post.html\" %}"),
                HostileSite.of("5,000 nested ifs", TEMPLATE, ifs),
                HostileSite.of("date filter on a string", TEMPLATE, "{{ page.title | date(\"yyyy\") }}"),
                HostileSite.of("i18n without a bundle", TEMPLATE, "{{ i18n(\"messages\", \"key\") }}"),
                HostileSite.of("lexer: an unclosed string at the end", TEMPLATE, "{{ \"abc"),
                HostileSite.of("lexer: an open tag at the end", TEMPLATE, "{%"),
                HostileSite.of("lexer: an open print at the end", TEMPLATE, "x {{"),
                HostileSite.of("lexer: a verbatim never closed", TEMPLATE, "{% verbatim %}x"),
                HostileSite.of("range(1, 100000000)", TEMPLATE, "{% for i in range(1, 100000000) %}{{ i }}{% endfor %}"),
                HostileSite.of("a string doubled", TEMPLATE,
                        "{% set s = \"xxxxxxxxxxxxxxxx\" %}" + "{% set s = s + s %}".repeat(40) + "{{ s }}"),
                HostileSite.of("a macro calling itself", TEMPLATE, "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}"));
    }

    /** The hangs of issue 13: long words, many tags, many links, a costly simulation. */
    static List<HostileSite> hangs() {
        StringBuilder tags = new StringBuilder("tags: [");
        for (int i = 0; i < 100_000; i++) {
            tags.append(i == 0 ? "" : ", ").append('t').append(i);
        }
        tags.append("]\n");
        String wikilinks = "[[Essay]] and ".repeat(10_000);
        String autolinks = "see https://example.org/a and ".repeat(10_000);
        StringBuilder big = new StringBuilder();
        while (big.length() < 2_000_000) {
            big.append("[[Essay]] https://example.org/x ");
        }
        return List.of(
                HostileSite.of("a 5,000-character title without spaces", POST,
                        "---\ntitle: " + "W".repeat(5_000) + "\n---\n"),
                HostileSite.of("100,000 tags", POST, post(tags.toString(), "")),
                HostileSite.of("100,000 tags as one string", POST,
                        post("tags: " + tags.substring(7, tags.length() - 2).replace(",", "") + "\n", "")),
                HostileSite.of("10,000 wikilinks", POST, post("", wikilinks)),
                HostileSite.of("10,000 autolinks", POST, post("", autolinks)),
                HostileSite.of("50,000 links in a 2 MB body", POST, post("", big.toString())),
                HostileSite.of("sim in-context-gd at the top of every range", POST, post("",
                        "```sim in-context-gd\ndim: 20\ncontext: 50\nlearningRate: 0.05\nbatch: 1024\nupdatesPerStep: 10000\n```\n")),
                HostileSite.of("sim gridworld at the top of every range", POST, post("",
                        "```sim gridworld\nsize: 12\nepisodesPerStep: 10000\n```\n")),
                HostileSite.of("sim orderings at the top of every range", POST, post("",
                        "```sim orderings\nsamplesPerStep: 1000000\n```\n")),
                HostileSite.of("sim evolution at the top of every range", POST, post("",
                        "```sim evolution\npopulation: 2000\ntrainGenerations: 10000\n```\n")));
    }

    /** Invalid UTF-8 on line 3 of every kind of file. */
    static List<HostileSite> invalidUtf8() {
        return List.of(
                HostileSite.bytes("invalid UTF-8 in a post", POST, badByteOnLine3("---\ntitle: Essay\nx: ab", "\n---\n")),
                HostileSite.bytes("invalid UTF-8 in a post's body", POST, badByteOnLine3("---\ntitle: Essay\n---\nab", "\n")),
                HostileSite.bytes("invalid UTF-8 in site.yaml", CONFIG, badByteOnLine3("title: T\nurl: https://example.org\nx: ab", "\n")),
                HostileSite.bytes("invalid UTF-8 in a thread", THREAD, badByteOnLine3("- id: c1\n  body: x\n  author: ab", "\n")),
                HostileSite.bytes("invalid UTF-8 in a data file", DATA_YAML, badByteOnLine3("- a: 1\n- a: 2\n- a: ab", "\n")),
                HostileSite.bytes("invalid UTF-8 in a CSV data file", "content/data/rows.csv", badByteOnLine3("a\n1\nab", "\n")),
                HostileSite.bytes("invalid UTF-8 in a template", TEMPLATE, badByteOnLine3("<p>\n{{ page.title }}\nab", "\n")));
    }

    /** {@code before}, a lone continuation byte 0x80 (never valid on its own), then {@code after}. */
    static byte[] badByteOnLine3(String before, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0x80;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        return all;
    }
}
