package org.essaykit.highlight;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The languages the issue asks for are highlighted, and tricky code keeps its text and its state across lines. */
class LanguagesTest {

    /** A sample per language the README promises, with a token it must colour. */
    static final Map<String, String[]> SAMPLES = Map.ofEntries(
            Map.entry("java", new String[] {"public class A { int x = 1; }", "public"}),
            Map.entry("python", new String[] {"def f(x):\n    return 'a'", "def"}),
            Map.entry("javascript", new String[] {"const a = `x ${y}`;", "const"}),
            Map.entry("typescript", new String[] {"let a: number = 1;", "let"}),
            Map.entry("rust", new String[] {"fn main() { let s = r#\"x\"#; }", "fn"}),
            Map.entry("go", new String[] {"func main() { x := 1 }", "func"}),
            Map.entry("c", new String[] {"int main(void) { return 0; }", "return"}),
            Map.entry("cpp", new String[] {"template<class T> class A {};", "template"}),
            Map.entry("shell", new String[] {"if [ -f x ]; then echo \"$HOME\"; fi", "if"}),
            Map.entry("yaml", new String[] {"a: 1 # note", "# note"}),
            Map.entry("json", new String[] {"{\"a\": true}", "\"a\""}),
            Map.entry("toml", new String[] {"[table]\nkey = \"v\"", "[table]"}),
            Map.entry("sql", new String[] {"SELECT a FROM t WHERE b = 1", "SELECT"}),
            Map.entry("html", new String[] {"<p class=\"x\">hi</p>", "p"}),
            Map.entry("xml", new String[] {"<a b=\"c\"/>", "a"}),
            Map.entry("css", new String[] {"a { color: red; } /* c */", "/* c */"}),
            Map.entry("markdown", new String[] {"# Title\n*em*", "# Title"}),
            Map.entry("diff", new String[] {"-old\n+new", "+new"}),
            Map.entry("latex", new String[] {"\\frac{a}{b} % c", "% c"}),
            Map.entry("kotlin", new String[] {"fun main() { val x = 1 }", "fun"}),
            Map.entry("csharp", new String[] {"public class A { }", "public"}),
            Map.entry("ruby", new String[] {"def f; end", "def"}),
            Map.entry("php", new String[] {"<?php echo 1; ?>", "echo"}),
            Map.entry("lua", new String[] {"local x = 1", "local"}),
            Map.entry("scala", new String[] {"object A { val x = 1 }", "object"}),
            Map.entry("dockerfile", new String[] {"FROM debian", "FROM"}),
            Map.entry("makefile", new String[] {"all:\n\techo $(CC)", "$(CC)"}),
            Map.entry("perl", new String[] {"my $x = 1;", "my"}),
            Map.entry("ini", new String[] {"[a]\nb=c", "[a]"}),
            Map.entry("dart", new String[] {"void main() { var x = 1; }", "void"}));

    @Test
    void atLeastTwentyFiveLanguagesEachColourTheirTokensAndKeepTheText() {
        assertTrue(Languages.languages().size() >= 25, Languages.languages().toString());
        assertTrue(SAMPLES.size() >= 25);
        SAMPLES.forEach((name, sample) -> {
            Languages.Language language = Languages.find(name).orElseThrow(() -> new AssertionError(name));
            List<List<Span>> lines = Highlighter.lines(language, sample[0]);
            assertEquals(sample[0], String.join("\n", lines.stream().map(l -> String.join("", l.stream().map(Span::text).toList())).toList()), name);
            assertTrue(lines.stream().flatMap(List::stream).anyMatch(s -> s.kind() != null && s.text().contains(sample[1])),
                    name + " colours " + sample[1] + ": " + lines);
        });
    }

    @Test
    void aMultiLineStringOrCommentCarriesOverToTheNextLine() {
        List<List<Span>> python = Highlighter.lines(Languages.find("py").orElseThrow(), "s = \"\"\"one\ntwo\"\"\"\nx = 1");
        assertEquals(TokenKind.STRING, python.get(1).get(0).kind());
        assertTrue(python.get(2).stream().noneMatch(s -> s.kind() == TokenKind.STRING));
        List<List<Span>> js = Highlighter.lines(Languages.find("js").orElseThrow(), "/* a\nb */ let x");
        assertEquals(TokenKind.COMMENT, js.get(1).get(0).kind());
        assertEquals(TokenKind.KEYWORD, js.get(1).stream().filter(s -> s.text().equals("let")).findFirst().orElseThrow().kind());
    }

    @Test
    void aliasesAndLetterCaseFindTheLanguage() {
        assertEquals("python", Languages.find("PY").orElseThrow().name());
        assertEquals("shell", Languages.find("bash").orElseThrow().name());
        assertEquals("cpp", Languages.find("c++").orElseThrow().name());
        assertEquals(List.of("python"), Languages.closeTo("pyhton"));
        assertTrue(Languages.isPlain("text") && Languages.isPlain(""));
    }

    @Test
    void highlightingIsDeterministic() {
        String code = String.join("\n", SAMPLES.values().stream().map(s -> s[0]).toList());
        for (String name : SAMPLES.keySet()) {
            Languages.Language language = Languages.find(name).orElseThrow();
            assertEquals(Highlighter.lines(language, code), Highlighter.lines(language, code), name);
            assertTrue(Highlighter.lines(language, code).stream().allMatch(Objects::nonNull));
        }
    }
}
