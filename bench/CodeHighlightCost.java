import org.essaykit.highlight.Highlighter;
import org.essaykit.highlight.Languages;

import java.util.List;
import java.util.Map;

/**
 * Build-time cost of highlighting a code block, per language: a typical block of ~20 lines, lexed many times
 * after a warm-up, in one JVM (the build's markdown stage then turns the spans into HTML, as for any block).
 * Also the first block of a language (class loading of its lexer), the cost a small site pays.
 * <pre>
 * mvn -B -ntp -q compile -P '!teavm'
 * mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) bench/CodeHighlightCost.java [ROUNDS]
 * </pre>
 */
public class CodeHighlightCost {

    private static final Map<String, String> LINES = Map.of(
            "java", "    public static int area(int width, int height) { return width * height; } // pixels\n",
            "python", "    def area(self, width, height):  # pixels\n        return f\"{width * height}\"\n",
            "javascript", "const s = `a ${`b ${c}`} d`; /* nested */ let x = [1, 2].map(v => v * 2);\n",
            "rust", "fn area(w: u32, h: u32) -> u32 { let s = r#\"raw \"q\"\"#; w * h } // pixels\n",
            "shell", "for f in *.md; do echo \"$f\" | sed -e 's/a/b/' > \"${f%.md}.txt\"; done # loop\n",
            "yaml", "key: value # note\nlist: [a, 'b', 3]\n",
            "toml", "[server]\nport = 8080 # the port\nname = \"essays\"\n",
            "html", "<p class=\"lead\">Text <a href=\"/x\">link</a></p><!-- c -->\n");

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        System.out.printf("%-11s %9s %9s%n", "language", "first ms", "us/block");
        for (String name : LINES.keySet().stream().sorted().toList()) {
            Languages.Language language = Languages.find(name).orElseThrow();
            String block = LINES.get(name).repeat(Math.max(1, 20 / (int) LINES.get(name).lines().count()));
            long first = System.nanoTime();
            Highlighter.lines(language, block);
            double firstMs = (System.nanoTime() - first) / 1e6;
            long sink = 0;
            for (int i = 0; i < rounds / 4; i++) {
                sink += Highlighter.lines(language, block).size();
            }
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                sink += Highlighter.lines(language, block).size();
            }
            double micros = (System.nanoTime() - start) / 1e3 / rounds;
            System.out.printf("%-11s %9.1f %9.1f%s%n", name, firstMs, micros, sink == 0 ? "!" : "");
        }
        List<String> languages = Languages.languages();
        System.out.println(languages.size() + " languages, " + Languages.names().size() + " names and aliases");
    }
}
