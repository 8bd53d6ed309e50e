package org.essaykit.highlight;

import org.fife.ui.rsyntaxtextarea.modes.ActionScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.AssemblerX86TokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.BBCodeTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CPlusPlusTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSSTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSharpTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ClojureTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CsvTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DartTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DelphiTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DockerTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DtdTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.FortranTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GroovyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HTMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HandlebarsTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HtaccessTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.IniTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JSPTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.KotlinTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LatexTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LessTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LispTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LuaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MakefileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MarkdownTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.NSISTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PHPTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PerlTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PropertiesFileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ProtoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RubyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RustTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ScalaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TclTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TypeScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.VisualBasicTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.WindowsBatchTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.YamlTokenMaker;
import org.essaykit.diag.Suggestions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The languages a fenced block can name, by name and alias as GitHub, Hugo and Pandoc spell them, in any
 * letter case. {@code text} (and a block with no language) is plain on purpose.
 */
public final class Languages {

    /** A language: its name as a page shows it ({@code language-NAME}) and how it is lexed. */
    public record Language(String name, Lexer lexer) {
    }

    private static final List<String> PLAIN = List.of("text", "txt", "plain", "plaintext", "none", "output");

    private static final Map<String, Language> BY_NAME = byName();

    private Languages() {
    }

    /** The language a block's info string names, if it is one we highlight. */
    public static Optional<Language> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Whether a name asks for plain text: no highlighting and no warning. */
    public static boolean isPlain(String name) {
        return name.isEmpty() || PLAIN.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Every language, once each, sorted by name. */
    public static List<String> languages() {
        return BY_NAME.values().stream().map(Language::name).distinct().sorted().toList();
    }

    /**
     * The languages whose names or aliases are closest to a misspelt name (a typo, or the start of a name), at most
     * three, each by its own name: {@code pyhton} gives {@code python}, not python and py.
     */
    public static List<String> closeTo(String wanted) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        List<String> close = new ArrayList<>();
        List<String> rest = new ArrayList<>(BY_NAME.keySet());
        while (close.size() < 3) {
            Optional<String> next = Suggestions.closest(lower, rest);
            if (next.isEmpty()) {
                break;
            }
            rest.remove(next.get());
            String language = BY_NAME.get(next.get()).name();
            if (!close.contains(language)) {
                close.add(language);
            }
        }
        BY_NAME.entrySet().stream().filter(e -> e.getKey().length() > 2 && lower.length() > 2
                        && (lower.startsWith(e.getKey()) || e.getKey().startsWith(lower)))
                .map(e -> e.getValue().name()).distinct().filter(n -> !close.contains(n))
                .limit(Math.max(0, 3 - close.size())).forEach(close::add);
        return Collections.unmodifiableList(close);
    }

    private static Map<String, Language> byName() {
        Map<String, Language> map = new TreeMap<>();
        add(map, new RstaLexer(JavaTokenMaker::new), "java");
        add(map, new RstaLexer(PythonTokenMaker::new), "python", "py", "python3", "py3", "pyi");
        add(map, new RstaLexer(JavaScriptTokenMaker::new), "javascript", "js", "jsx", "mjs", "cjs", "node");
        add(map, new RstaLexer(TypeScriptTokenMaker::new), "typescript", "ts", "tsx", "mts");
        add(map, new RstaLexer(RustTokenMaker::new), "rust", "rs");
        add(map, new RstaLexer(GoTokenMaker::new), "go", "golang");
        add(map, new RstaLexer(CTokenMaker::new), "c", "h");
        add(map, new RstaLexer(CPlusPlusTokenMaker::new), "cpp", "c++", "cc", "cxx", "hpp", "hxx");
        add(map, new RstaLexer(CSharpTokenMaker::new), "csharp", "cs", "c#");
        add(map, new RstaLexer(KotlinTokenMaker::new), "kotlin", "kt", "kts");
        add(map, new RstaLexer(ScalaTokenMaker::new), "scala", "sc");
        add(map, new RstaLexer(GroovyTokenMaker::new), "groovy", "gradle");
        add(map, new RstaLexer(DartTokenMaker::new), "dart");
        add(map, new RstaLexer(ClojureTokenMaker::new), "clojure", "clj", "cljs", "edn");
        add(map, new RstaLexer(LispTokenMaker::new), "lisp", "elisp", "emacs-lisp", "scheme", "racket");
        add(map, new RstaLexer(LuaTokenMaker::new), "lua");
        add(map, new RstaLexer(PerlTokenMaker::new), "perl", "pl");
        add(map, new RstaLexer(PHPTokenMaker::new), "php");
        add(map, new RstaLexer(RubyTokenMaker::new), "ruby", "rb");
        add(map, new RstaLexer(UnixShellTokenMaker::new), "shell", "sh", "bash", "zsh", "ksh", "console", "shell-session");
        add(map, new RstaLexer(WindowsBatchTokenMaker::new), "batch", "bat", "cmd");
        add(map, new RstaLexer(YamlTokenMaker::new), "yaml", "yml");
        add(map, new RstaLexer(JsonTokenMaker::new), "json", "jsonc", "json5");
        add(map, new TomlLexer(), "toml");
        add(map, new RstaLexer(IniTokenMaker::new), "ini", "cfg", "conf", "gitconfig");
        add(map, new RstaLexer(PropertiesFileTokenMaker::new), "properties", "env", "dotenv");
        add(map, new RstaLexer(SQLTokenMaker::new), "sql", "postgresql", "mysql", "sqlite");
        add(map, new RstaLexer(HTMLTokenMaker::new), "html", "htm", "xhtml");
        add(map, new RstaLexer(XMLTokenMaker::new), "xml", "svg", "xsd", "xsl", "xslt", "rss", "atom", "plist", "pom");
        add(map, new RstaLexer(CSSTokenMaker::new), "css");
        add(map, new RstaLexer(LessTokenMaker::new), "less", "scss");
        add(map, new RstaLexer(MarkdownTokenMaker::new), "markdown", "md");
        add(map, new DiffLexer(), "diff", "patch", "udiff");
        add(map, new RstaLexer(LatexTokenMaker::new), "latex", "tex");
        add(map, new RstaLexer(DockerTokenMaker::new), "dockerfile", "docker", "containerfile");
        add(map, new RstaLexer(MakefileTokenMaker::new), "makefile", "make", "mk");
        add(map, new RstaLexer(ProtoTokenMaker::new), "protobuf", "proto");
        add(map, new RstaLexer(FortranTokenMaker::new), "fortran", "f90", "f95");
        add(map, new RstaLexer(DTokenMaker::new), "d");
        add(map, new RstaLexer(TclTokenMaker::new), "tcl");
        add(map, new RstaLexer(VisualBasicTokenMaker::new), "vbnet", "vb", "visualbasic");
        add(map, new RstaLexer(DelphiTokenMaker::new), "delphi", "pascal", "objectpascal");
        add(map, new RstaLexer(ActionScriptTokenMaker::new), "actionscript", "as");
        add(map, new RstaLexer(AssemblerX86TokenMaker::new), "x86asm", "asm", "nasm");
        add(map, new RstaLexer(JSPTokenMaker::new), "jsp");
        add(map, new RstaLexer(HandlebarsTokenMaker::new), "handlebars", "hbs", "mustache");
        add(map, new RstaLexer(DtdTokenMaker::new), "dtd");
        add(map, new RstaLexer(CsvTokenMaker::new), "csv");
        add(map, new RstaLexer(HtaccessTokenMaker::new), "apacheconf", "htaccess");
        add(map, new RstaLexer(NSISTokenMaker::new), "nsis");
        add(map, new RstaLexer(BBCodeTokenMaker::new), "bbcode");
        return Collections.unmodifiableMap(map);
    }

    private static void add(Map<String, Language> map, Lexer lexer, String name, String... aliases) {
        Language language = new Language(name, lexer);
        map.put(name, language);
        for (String alias : aliases) {
            map.put(alias, language);
        }
    }
}
