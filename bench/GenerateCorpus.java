import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Writes a deterministic benchmark corpus for {@code essaykit build}.
 *
 * <p>Usage: {@code java bench/GenerateCorpus.java N OUTDIR [HUGODIR]}. For large N, adding
 * {@code -XX:TieredStopAtLevel=1} before the file name roughly halves the time: the run is too short
 * for C2 compilation to pay for itself.
 *
 * <p>Produces {@code OUTDIR/content/site.yaml}, {@code OUTDIR/content/posts/post-00001.md ...} and
 * {@link #CONCEPTS} concept pages {@code OUTDIR/content/concepts/<slug>.md}, which the posts link with
 * {@code [[wikilinks]]} and mention in plain text (essaykit links those mentions itself). With HUGODIR,
 * the same posts and concepts are also written to {@code HUGODIR/content/} for Hugo: every wikilink and
 * every link to a concept's file becomes a Markdown link to the URL essaykit gives that page, and concept
 * front matter uses keys Hugo reads (Hugo has no wikilinks and would take {@code aliases} for redirects).
 * Templates, Hugo's config and layouts are not written here; {@code bench/build-bench.sh} copies the
 * repo's {@code templates/} and {@code bench/hugo/}.
 *
 * <p>Determinism: every random choice comes from a SplitMix64 generator seeded from a fixed
 * constant plus the post number, so the same N always yields byte-identical files, and posts can be
 * rendered in parallel without changing the output. Nothing iterates a hash map, reads the clock or
 * depends on the locale.
 */
public final class GenerateCorpus {

    /** Fixed base seed: changing it changes every post, so don't, or benchmarks stop being comparable. */
    private static final long SEED = 0x6573_7361_796B_6974L; // "essaykit"

    /** Posts are named with 5 digits, so that is the hard upper bound on N. */
    private static final int MAX_POSTS = 99_999;

    // ---------------------------------------------------------------------------------------------
    // Word pools. Plain ASCII on purpose: the benchmark measures throughput, not Unicode edge cases,
    // and ASCII keeps heading ids unambiguous for the link checker.
    // ---------------------------------------------------------------------------------------------

    private static final String[] NOUNS = {
        "build", "page", "template", "cache", "reader", "writer", "draft", "index", "archive", "feed",
        "link", "heading", "table", "list", "file", "folder", "server", "browser", "layout", "theme",
        "author", "editor", "post", "essay", "paragraph", "sentence", "word", "chapter", "note", "idea",
        "question", "answer", "problem", "solution", "change", "version", "release", "test", "bug", "report",
        "team", "user", "library", "tool", "script", "process", "thread", "queue", "request", "response",
        "network", "disk", "memory", "budget", "deadline", "week", "morning", "evening", "garden", "kitchen",
        "river", "mountain", "city", "street", "train", "window", "door", "book", "letter", "story",
        "habit", "pattern", "system", "design", "plan", "goal", "result", "measure", "number", "value",
        "field", "record", "source", "output", "input", "format", "parser", "compiler", "engine", "machine",
        "pipeline", "step", "stage", "path", "route", "map", "key", "lock", "signal", "error",
        "warning", "message", "comment", "review", "meeting", "decision", "reason", "example", "detail", "summary",
        "outline", "margin", "border", "color", "font", "image", "photo", "diagram", "chart", "graph",
        "model", "method", "function", "class", "module", "package", "project", "product", "market", "customer",
        "friend", "neighbor", "teacher", "student", "lesson", "school", "office", "desk", "chair", "coffee",
        "season", "winter", "summer", "weather", "light", "shadow", "sound", "voice", "language", "rhythm",
        "tone", "style", "notebook", "sketch", "corner", "habitat", "harbor", "bridge", "tower", "meadow",
    };

    /** Base forms; third-person and other forms are derived by simple English rules that all of these obey. */
    private static final String[] VERBS = {
        "build", "read", "write", "render", "parse", "load", "save", "change", "move", "check",
        "measure", "compare", "follow", "explain", "describe", "improve", "reduce", "increase", "keep", "break",
        "fix", "test", "ship", "open", "close", "sort", "group", "split", "join", "print",
        "publish", "review", "edit", "plan", "track", "watch", "collect", "count", "store", "serve",
        "fetch", "replace", "remove", "add", "copy", "rename", "format", "trim", "skip", "repeat",
        "return", "start", "finish", "help", "need", "want", "show", "hide", "touch", "shape",
        "guide", "hold", "carry", "share", "learn", "teach", "notice", "forget", "remember", "suggest",
        "prefer", "expect", "allow", "handle", "wrap", "cover", "reach", "support", "borrow", "question",
    };

    private static final String[] ADJECTIVES = {
        "small", "large", "quiet", "careful", "simple", "complex", "slow", "fast", "early", "late",
        "new", "old", "clean", "messy", "stable", "fragile", "plain", "clear", "obvious", "subtle",
        "useful", "awkward", "familiar", "strange", "honest", "modest", "generous", "narrow", "wide", "heavy",
        "short", "long", "warm", "cold", "bright", "dark", "patient", "steady", "quick", "rough",
        "smooth", "solid", "empty", "full", "hidden", "visible", "local", "remote", "shared", "private",
        "public", "common", "rare", "typical", "minor", "major", "final", "initial", "partial", "complete",
        "recent", "previous", "main", "extra", "real", "curious", "tidy", "fresh", "gentle", "odd",
    };

    private static final String[] ADVERBS = {
        "quickly", "slowly", "carefully", "often", "rarely", "usually", "sometimes", "quietly", "easily", "barely",
        "mostly", "always", "never", "already", "still", "simply", "clearly", "gradually", "eventually", "certainly",
        "probably", "honestly", "entirely", "nearly", "roughly", "frankly", "suddenly", "finally", "again", "happily",
    };

    private static final String[] PREPOSITIONS = {
        "with", "without", "behind", "before", "after", "under", "over", "through", "across", "around",
        "inside", "beside", "near", "against", "for", "from", "into", "toward", "beyond", "along",
    };

    /** Membership test only (never iterated), for putting code spans where nouns stand. */
    private static final Set<String> NOUN_SET = Set.of(NOUNS);

    private static final String[] DETERMINERS = {"the", "the", "the", "a", "a", "every", "each", "this", "that", "our", "their", "another"};

    private static final String[] OPENERS = {
        "In practice,", "Of course,", "For a while,", "Later,", "At first,", "In the end,", "To be fair,",
        "Even so,", "Most days,", "Last year,", "Oddly enough,", "As it turns out,", "Meanwhile,", "Still,",
        "On a good day,", "Looking back,", "For now,", "In short,",
    };

    private static final String[] CONJUNCTIONS = {"but", "and", "so", "because", "although", "while", "until", "since", "unless", "once"};

    private static final String[] MODALS = {"can", "could", "should", "might", "will", "would", "must"};

    /** About fifty tags; hyphenated ones exercise tag-page slugging. */
    private static final String[] TAGS = {
        "java", "python", "performance", "writing", "design", "testing", "tooling", "markdown", "static-sites", "caching",
        "http", "css", "typography", "accessibility", "search", "feeds", "templates", "build-systems", "memory", "concurrency",
        "databases", "networking", "security", "editing", "reading", "notes", "essays", "history", "gardening", "cooking",
        "travel", "music", "photography", "books", "teaching", "learning", "habits", "productivity", "open-source", "release-notes",
        "debugging", "profiling", "refactoring", "api-design", "documentation", "linux", "shell", "git", "code-review", "architecture",
    };

    /** Small pool for {@code ##} headings so that duplicates within one post happen naturally. */
    private static final String[] SECTION_TITLES = {
        "Background", "The problem", "What we tried", "Results", "Trade-offs", "Open questions",
        "What went wrong?", "Lessons learned", "Next steps", "Measurements", "A closer look", "Summary",
    };

    /** Even smaller pool for {@code ###} headings: several sections share "Example"/"Notes", which tests id de-duplication. */
    private static final String[] SUBSECTION_TITLES = {
        "Example", "Notes", "In practice", "A caveat", "Details", "Why it matters", "Numbers", "Step one: setup",
    };

    private static final String[] TABLE_COLUMNS = {
        "Name", "Pages", "Time (ms)", "Notes", "Status", "Owner", "Size (KB)", "Ratio", "Setting", "Result",
    };

    private static final String[] STATUS_WORDS = {"ok", "slow", "fast", "flaky", "done", "pending", "skipped", "stable"};

    private static final String[] CODE_TOKENS = {
        "--out", "--source", "site.yaml", "index.html", "null", "true", "List<Post>", "Map.of()", "render()",
        "build()", "slugify(title)", "O(n log n)", "UTF-8", "<main>", "&amp;", "-Xmx512m", "git log", "make all",
        "post.date", "page.url", "config.baseurl", "StringBuilder", "hashCode()", "404", "Files.walk",
    };

    // ---------------------------------------------------------------------------------------------
    // PRNG
    // ---------------------------------------------------------------------------------------------

    /** SplitMix64: tiny, fast, statistically fine for text, and fully specified so output never drifts across JDKs. */
    static final class Rng {
        private long state;

        Rng(long seed) {
            this.state = seed;
        }

        /** Independent stream per (post, purpose) so posts can be generated in any order or in parallel. */
        static Rng forPost(int post, int purpose) {
            Rng r = new Rng(SEED ^ (post * 0x9E3779B97F4A7C15L) ^ ((long) purpose << 48));
            r.nextLong(); // one warm-up step decorrelates nearby seeds
            return r;
        }

        /** Concepts take the streams of post numbers no post has (0, -1, -2, ...), so they never share one. */
        static Rng forConcept(int concept, int purpose) {
            return forPost(-concept, purpose);
        }

        long nextLong() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, bound) via multiply-shift on the top 32 bits; avoids modulo bias for small bounds. */
        int nextInt(int bound) {
            return (int) (((nextLong() >>> 32) * bound) >>> 32);
        }

        /** Uniform in [lo, hi], both inclusive. */
        int range(int lo, int hi) {
            return lo + nextInt(hi - lo + 1);
        }

        boolean chance(int percent) {
            return nextInt(100) < percent;
        }

        String pick(String[] pool) {
            return pool[nextInt(pool.length)];
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Pass 1: per-post skeleton (metadata and headings). Computed for all posts before any body is
    // written, because bodies link to other posts' headings by id.
    // ---------------------------------------------------------------------------------------------

    record Heading(int level, String text, String id) {}

    record Skeleton(int number, String title, String date, String[] tags, String description, List<Heading> headings) {}

    /** Dates are drawn from 2017-01-01 .. 2024-12-31 (epoch-day arithmetic, so no time zone is involved). */
    private static final long FIRST_DAY = LocalDate.of(2017, 1, 1).toEpochDay();
    private static final int DAY_SPAN = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST_DAY + 1);

    static Skeleton skeleton(int number) {
        Rng rng = Rng.forPost(number, 1);
        Words w = new Words(rng);

        String title = w.title();
        String date = LocalDate.ofEpochDay(FIRST_DAY + rng.nextInt(DAY_SPAN)).toString(); // ISO yyyy-MM-dd

        // 2-4 distinct tags.
        int[] picked = distinct(rng, TAGS.length, -1, rng.range(2, 4));
        String[] tags = new String[picked.length];
        for (int i = 0; i < picked.length; i++) tags[i] = TAGS[picked[i]];

        String description = w.sentence(8, 18);

        // Heading ids are assigned exactly as the link checker (and GitHub) would, including the
        // -1/-2 suffixes for repeated titles, so fragment links can only point at ids that exist.
        List<Heading> headings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>(); // lookup only, never iterated
        int sections = rng.range(3, 6);
        for (int s = 0; s < sections; s++) {
            String text = rng.chance(55) ? rng.pick(SECTION_TITLES) : w.headingPhrase();
            headings.add(new Heading(2, text, uniqueId(text, seen)));
            int subs = rng.range(0, 2);
            for (int k = 0; k < subs; k++) {
                String sub = rng.chance(75) ? rng.pick(SUBSECTION_TITLES) : w.headingPhrase();
                headings.add(new Heading(3, sub, uniqueId(sub, seen)));
            }
        }
        return new Skeleton(number, title, date, tags, description, headings);
    }

    /**
     * {@code count} distinct numbers of 0..bound-1 other than {@code skip} (-1 for none), in the order drawn:
     * a partial Fisher-Yates over an index array, O(bound) and deterministic.
     */
    static int[] distinct(Rng rng, int bound, int skip, int count) {
        int[] idx = new int[skip < 0 ? bound : bound - 1];
        for (int i = 0, v = 0; v < bound; v++) if (v != skip) idx[i++] = v;
        for (int i = 0; i < count; i++) {
            int j = i + rng.nextInt(idx.length - i);
            int t = idx[i]; idx[i] = idx[j]; idx[j] = t;
        }
        return Arrays.copyOf(idx, count);
    }

    /**
     * GitHub-style heading id: lowercase; drop everything but letters, digits, space, hyphen and
     * underscore; spaces become hyphens. Repeats get -1, -2, ... in document order.
     */
    static String slug(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') sb.append(c);
            else if (c == ' ') sb.append('-');
        }
        return sb.toString();
    }

    static String uniqueId(String text, Map<String, Integer> seen) {
        String base = slug(text);
        Integer n = seen.get(base);
        seen.put(base, n == null ? 1 : n + 1);
        return n == null ? base : base + "-" + n;
    }

    // ---------------------------------------------------------------------------------------------
    // Concepts: the same 20 for every N, so that only the posts change with the size of the corpus.
    // ---------------------------------------------------------------------------------------------

    /** How many concept pages the corpus has: about as many as our own site (issue 12 asks for 20). */
    static final int CONCEPTS = 20;

    /** Last words of three-word aliases; none is in the noun pool, so generated sentences never say them. */
    private static final String[] ALIAS_ENDINGS = {"principle", "rule", "law", "heuristic"};

    /**
     * A concept page: a two-word title in sentence case ("Quiet cache"), so it can never be a post's title
     * (those have three words or more), other names (aliases), and a one-sentence summary.
     */
    record Concept(String slug, String title, List<String> aliases, String summary) {
        Concept {
            aliases = List.copyOf(aliases);
        }

        /** The URL essaykit gives {@code content/concepts/<slug>.md}, and Hugo too. */
        String url() {
            return "/concepts/" + slug + "/";
        }

        /** The names a post may mention it by: the title, as written in running text, and every alias. */
        List<String> names() {
            List<String> names = new ArrayList<>(aliases.size() + 1);
            names.add(title.toLowerCase(Locale.ROOT));
            names.addAll(aliases);
            return names;
        }
    }

    /**
     * The concepts, in order. Every title and alias is a different name (letter case aside), because a
     * wikilink to a name two pages share is an error and an auto-link could go to either; titles are
     * drawn before any alias so that no alias takes a later concept's title.
     */
    static List<Concept> concepts() {
        Set<String> taken = new HashSet<>(); // lookup only, never iterated
        String[] adjectives = new String[CONCEPTS], nouns = new String[CONCEPTS];
        for (int k = 0; k < CONCEPTS; k++) {
            Rng rng = Rng.forConcept(k, 1);
            do {
                adjectives[k] = rng.pick(ADJECTIVES);
                nouns[k] = rng.pick(NOUNS);
            } while (!taken.add(adjectives[k] + " " + nouns[k]));
        }
        List<Concept> concepts = new ArrayList<>(CONCEPTS);
        for (int k = 0; k < CONCEPTS; k++) {
            Rng rng = Rng.forConcept(k, 2);
            String adj = adjectives[k], noun = nouns[k];
            // The plural always; then, in a random order, another adjective, a noun in front, a named rule.
            List<String> aliases = new ArrayList<>();
            addUnique(aliases, taken, adj + " " + Words.plural(noun));
            int[] forms = {0, 1, 2};
            int wanted = rng.range(1, 4);
            for (int f = 0; f < forms.length && aliases.size() < wanted; f++) {
                int j = f + rng.nextInt(forms.length - f);
                int form = forms[j]; forms[j] = forms[f]; forms[f] = form;
                for (int attempt = 0; attempt < 10; attempt++) {
                    String alias = switch (form) {
                        case 0 -> rng.pick(ADJECTIVES) + " " + noun; // the title itself is taken already
                        case 1 -> rng.pick(NOUNS) + " " + noun;
                        default -> adj + " " + noun + " " + rng.pick(ALIAS_ENDINGS);
                    };
                    if (addUnique(aliases, taken, alias)) break;
                }
            }
            String title = Words.capitalize(adj) + " " + noun;
            String summary = title + " is what we call it when " + definingClause(new Words(rng)) + ".";
            concepts.add(new Concept(adj + "-" + noun, title, aliases, summary));
        }
        return List.copyOf(concepts);
    }

    private static boolean addUnique(List<String> aliases, Set<String> taken, String alias) {
        if (!taken.add(alias)) return false;
        aliases.add(alias);
        return true;
    }

    /**
     * A generated statement lower-cased at the start and without its period, to follow "when": no question,
     * and none of the sentence shapes that would read badly there ("when when ...", "when there is ...").
     */
    private static String definingClause(Words w) {
        String s;
        do {
            s = w.sentence(8, 16);
        } while (s.endsWith("?") || s.startsWith("When ") || s.startsWith("There ") || s.startsWith("It "));
        return Character.toLowerCase(s.charAt(0)) + s.substring(1, s.length() - 1);
    }

    // ---------------------------------------------------------------------------------------------
    // Word and sentence generation
    // ---------------------------------------------------------------------------------------------

    /** Grammatical-enough English from the pools. Sentences are token lists so markup can wrap whole words. */
    static final class Words {
        final Rng rng;
        /** Running word count for the current post; the body generator stops adding paragraphs at its budget. */
        int count;

        Words(Rng rng) {
            this.rng = rng;
        }

        /** Third-person singular: all verbs in the pool follow these three rules. */
        static String thirdPerson(String v) {
            if (v.endsWith("s") || v.endsWith("x") || v.endsWith("ch") || v.endsWith("sh")) return v + "es";
            if (v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) return v.substring(0, v.length() - 1) + "ies";
            return v + "s";
        }

        static String plural(String n) {
            return thirdPerson(n); // the noun pool obeys the same rules (index -> indexes, library -> libraries)
        }

        static boolean isVowel(char c) {
            return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
        }

        /** "a" or "an" by sound, with the few exceptions the pools actually contain. */
        static String article(String next) {
            if (next.startsWith("use") || next.startsWith("usu") || next.startsWith("uni")) return "a";
            if (next.startsWith("hon") || next.startsWith("hour")) return "an";
            return isVowel(next.charAt(0)) ? "an" : "a";
        }

        static String capitalize(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        /** Determiner + optional adjective + noun, appended to {@code out}. */
        void nounPhrase(List<String> out, int adjPercent) {
            String det = rng.pick(DETERMINERS);
            String adj = rng.chance(adjPercent) ? rng.pick(ADJECTIVES) : null;
            String noun = rng.pick(NOUNS);
            String first = adj != null ? adj : noun;
            if (det.equals("a")) det = article(first);
            else if (det.equals("another") && isVowel(first.charAt(0))) det = "the";
            out.add(det);
            if (adj != null) out.add(adj);
            out.add(noun);
        }

        /** One sentence as tokens; the last token carries the final punctuation. */
        List<String> sentenceTokens() {
            List<String> t = new ArrayList<>(20);
            switch (rng.nextInt(9)) {
                case 0, 1 -> { // The small cache reads a file near the harbor.
                    nounPhrase(t, 50);
                    t.add(thirdPerson(rng.pick(VERBS)));
                    nounPhrase(t, 40);
                    if (rng.chance(50)) { t.add(rng.pick(PREPOSITIONS)); nounPhrase(t, 30); }
                }
                case 2 -> { // In practice, we sort the draft quietly.
                    for (String o : rng.pick(OPENERS).split(" ")) t.add(o);
                    t.add("we");
                    t.add(rng.pick(VERBS));
                    nounPhrase(t, 40);
                    if (rng.chance(60)) t.add(rng.pick(ADVERBS));
                }
                case 3 -> { // When the parser breaks, a reader might notice the empty page.
                    t.add("when");
                    nounPhrase(t, 30);
                    t.add(thirdPerson(rng.pick(VERBS)) + ",");
                    nounPhrase(t, 30);
                    t.add(rng.pick(MODALS));
                    t.add(rng.pick(VERBS));
                    nounPhrase(t, 60);
                }
                case 4 -> { // It is useful to compare the build with every page.
                    t.add("it"); t.add("is");
                    t.add(rng.pick(ADJECTIVES));
                    t.add("to");
                    t.add(rng.pick(VERBS));
                    nounPhrase(t, 30);
                    t.add(rng.pick(PREPOSITIONS));
                    nounPhrase(t, 30);
                }
                case 5 -> { // The team rarely ships, but our editor will not wait.
                    nounPhrase(t, 30);
                    t.add(rng.pick(ADVERBS));
                    t.add(thirdPerson(rng.pick(VERBS)) + ",");
                    t.add(rng.pick(CONJUNCTIONS));
                    nounPhrase(t, 30);
                    t.add(rng.pick(MODALS));
                    t.add("not");
                    t.add(rng.pick(VERBS));
                    nounPhrase(t, 30);
                }
                case 6 -> { // Why does the feed store so many pages?
                    t.add("why"); t.add("does");
                    nounPhrase(t, 40);
                    t.add(rng.pick(VERBS));
                    t.add("so"); t.add("many");
                    t.add(plural(rng.pick(NOUNS)) + "?");
                }
                case 7 -> { // There is a quiet habit in every kitchen, and we keep it gently.
                    t.add("there"); t.add("is");
                    String adj = rng.pick(ADJECTIVES);
                    t.add(article(adj)); t.add(adj); t.add(rng.pick(NOUNS));
                    t.add("in"); t.add("every"); t.add(rng.pick(NOUNS) + ",");
                    t.add("and"); t.add("we"); t.add(rng.pick(VERBS)); t.add("it"); t.add(rng.pick(ADVERBS));
                }
                default -> { // Many small files need a careful review.
                    t.add(rng.chance(50) ? "many" : "some");
                    if (rng.chance(50)) t.add(rng.pick(ADJECTIVES));
                    t.add(plural(rng.pick(NOUNS)));
                    t.add(rng.pick(VERBS));
                    nounPhrase(t, 50);
                    if (rng.chance(40)) { t.add(rng.pick(PREPOSITIONS)); nounPhrase(t, 20); }
                }
            }
            t.set(0, capitalize(t.get(0)));
            String last = t.get(t.size() - 1);
            if (!last.endsWith("?")) t.set(t.size() - 1, last + ".");
            count += t.size();
            return t;
        }

        /** A sentence as a string, retried until its length is within [min, max] words (for descriptions). */
        String sentence(int min, int max) {
            List<String> t;
            do {
                int before = count;
                t = sentenceTokens();
                count = before; // descriptions live in front matter, not in the body budget
            } while (t.size() < min || t.size() > max);
            return String.join(" ", t);
        }

        /** Short fragment for list items and quotes: 3-9 words, no final period. */
        String fragment() {
            List<String> t = new ArrayList<>();
            switch (rng.nextInt(4)) {
                case 0 -> { t.add(rng.pick(VERBS)); nounPhrase(t, 50); }
                case 1 -> { nounPhrase(t, 70); t.add(rng.pick(PREPOSITIONS)); nounPhrase(t, 30); }
                case 2 -> { t.add(rng.pick(ADVERBS)); t.add(rng.pick(VERBS)); nounPhrase(t, 40); }
                default -> { t.add(rng.pick(ADJECTIVES)); t.add(plural(rng.pick(NOUNS))); t.add("and"); t.add(plural(rng.pick(NOUNS))); }
            }
            t.set(0, capitalize(t.get(0)));
            count += t.size();
            return String.join(" ", t);
        }

        /** Post titles in title case; no quotes or backslashes, so YAML double-quoting needs no escapes. */
        String title() {
            String n1 = rng.pick(NOUNS), n2 = rng.pick(NOUNS), adj = rng.pick(ADJECTIVES), v = rng.pick(VERBS);
            String raw = switch (rng.nextInt(8)) {
                case 0 -> "the " + adj + " " + n1;
                case 1 -> "notes on " + adj + " " + plural(n1);
                case 2 -> "why the " + n1 + " " + thirdPerson(v) + " the " + n2;
                case 3 -> "how we " + v + " " + article(adj) + " " + adj + " " + n1;
                case 4 -> "on " + plural(n1) + " and " + plural(n2);
                case 5 -> article(adj) + " " + adj + " guide to " + plural(n1);
                case 6 -> "the " + n1 + ", revisited";
                default -> n1 + " and " + n2 + ": " + article(adj) + " " + adj + " " + "story";
            };
            StringBuilder sb = new StringBuilder();
            String[] parts = raw.split(" ");
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                boolean small = i > 0 && (p.equals("a") || p.equals("an") || p.equals("the") || p.equals("on")
                        || p.equals("and") || p.equals("to") || p.equals("of"));
                if (i > 0) sb.append(' ');
                sb.append(small ? p : capitalize(p));
            }
            return sb.toString();
        }

        /** Generated heading text in sentence case. Never contains digits, so a "-1" suffix can't collide with a real title. */
        String headingPhrase() {
            String n = rng.pick(NOUNS), adj = rng.pick(ADJECTIVES);
            return switch (rng.nextInt(5)) {
                case 0 -> "The " + adj + " " + n;
                case 1 -> "Why the " + n + " " + thirdPerson(rng.pick(VERBS));
                case 2 -> "What about " + plural(n) + "?";
                case 3 -> capitalize(plural(n)) + " and " + plural(rng.pick(NOUNS));
                default -> capitalize(article(n)) + " " + n + "'s " + rng.pick(NOUNS); // apostrophe is dropped by the slug rule
            };
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Pass 2: bodies
    // ---------------------------------------------------------------------------------------------

    private static final int SPAN_EM = 0, SPAN_STRONG = 1, SPAN_CODE = 2, SPAN_LINK = 3, SPAN_FOOTNOTE = 4;

    /** Markup applied to a run of whole tokens in a paragraph. */
    static final class Span {
        final int start, len, kind;
        final String url;         // for links
        final String replacement; // text shown instead of the tokens (code spans), or null
        final String footnote;    // definition text for footnotes

        Span(int start, int len, int kind, String url, String replacement, String footnote) {
            this.start = start; this.len = len; this.kind = kind;
            this.url = url; this.replacement = replacement; this.footnote = footnote;
        }
    }

    /** A paragraph kept as tokens until all inline markup has been placed, then rendered and wrapped. */
    static final class Para {
        final List<String> tokens = new ArrayList<>();
        final Span[] spanAt;      // span starting at token i, or null
        final boolean[] taken;    // token already covered by a span: spans never overlap or nest
        final List<?>[] suffix;   // chunks (String or ConceptLink) of an extra sentence after token i (a sentence end), or null

        Para(Words w, int sentences) {
            for (int i = 0; i < sentences; i++) tokens.addAll(w.sentenceTokens());
            spanAt = new Span[tokens.size()];
            taken = new boolean[tokens.size()];
            suffix = new List<?>[tokens.size()];
        }

        /**
         * Adds a whole sentence after some sentence end. Used for links whose text is another post's
         * title: dropping a title into the middle of a generated sentence reads as gibberish.
         */
        boolean tryAppendSentence(Rng rng, List<?> sentence) {
            int n = tokens.size();
            int start = rng.nextInt(n);
            for (int k = 0; k < n; k++) {
                int i = (start + k) % n;
                String t = tokens.get(i);
                char last = t.charAt(t.length() - 1);
                if ((last == '.' || last == '?') && suffix[i] == null) {
                    suffix[i] = sentence;
                    return true;
                }
            }
            return false;
        }

        /** Index of a random untaken plain noun, so a code span stands where a noun would; -1 if none is found quickly. */
        int randomFreeNoun(Rng rng) {
            int n = tokens.size();
            for (int attempt = 0; attempt < 20; attempt++) {
                int i = rng.nextInt(n);
                if (taken[i] || (i > 0 && taken[i - 1]) || (i + 1 < n && taken[i + 1])) continue;
                String t = tokens.get(i);
                // Strip trailing punctuation by hand; a regex per lookup is needlessly slow in this loop.
                char last = t.charAt(t.length() - 1);
                if (last == '.' || last == ',' || last == '?') t = t.substring(0, t.length() - 1);
                if (NOUN_SET.contains(t.toLowerCase(Locale.ROOT))) return i;
            }
            return -1;
        }

        boolean placeCode(Rng rng) {
            int i = randomFreeNoun(rng);
            if (i < 0) return false;
            taken[i] = true;
            spanAt[i] = new Span(i, 1, SPAN_CODE, null, rng.pick(CODE_TOKENS), null);
            return true;
        }

        /**
         * Tries to place a span of {@code len} tokens. Refuses spans that would cross punctuation
         * (so markup never swallows a sentence end) or touch an existing span.
         */
        boolean tryPlace(Rng rng, int len, int kind, String url, String replacement, String footnote) {
            int n = tokens.size();
            for (int attempt = 0; attempt < 12; attempt++) {
                int s = rng.nextInt(n - len + 1);
                boolean ok = true;
                for (int i = s; i < s + len && ok; i++) {
                    if (taken[i]) ok = false;
                    // interior tokens must be plain words; only the last may carry punctuation
                    else if (i < s + len - 1 && !Character.isLetter(tokens.get(i).charAt(tokens.get(i).length() - 1))) ok = false;
                }
                // keep a gap after the span too, so "**a** *b*" style adjacency never confuses delimiter runs
                if (ok && s + len < n && taken[s + len]) ok = false;
                if (ok && s > 0 && taken[s - 1]) ok = false;
                if (!ok) continue;
                for (int i = s; i < s + len; i++) taken[i] = true;
                spanAt[s] = new Span(s, len, kind, url, replacement, footnote);
                return true;
            }
            return false;
        }
    }

    /** Everything the renderer needs from other pages: posts' titles and heading ids, and the concepts. */
    static final class Corpus {
        final Skeleton[] posts; // index 0 unused, so post number == array index
        final List<Concept> concepts;

        Corpus(Skeleton[] posts, List<Concept> concepts) {
            this.posts = posts;
            this.concepts = concepts;
        }

        int size() {
            return posts.length - 1;
        }
    }

    static String postSlug(int n) {
        return String.format(Locale.ROOT, "post-%05d", n);
    }

    // ---------------------------------------------------------------------------------------------
    // Dialects: the one place where essaykit's corpus and Hugo's differ
    // ---------------------------------------------------------------------------------------------

    /** How the corpus is written for each tool. Everything not decided here is the same bytes for both. */
    enum Dialect {
        /** essaykit: {@code [[wikilinks]]}, concept pages linking each other's files by name, concepts' {@code aliases}. */
        ESSAYKIT {
            @Override
            String link(ConceptLink link) {
                if (link.toFile()) return "[" + link.shown() + "](" + link.target().slug() + ".md)";
                return link.shown() == null ? "[[" + link.name() + "]]" : "[[" + link.name() + "|" + link.shown() + "]]";
            }

            @Override
            void conceptFrontMatter(StringBuilder out, Concept c) {
                out.append("title: ").append(c.title()).append('\n');
                out.append("aliases: [").append(String.join(", ", c.aliases())).append("]\n");
                out.append("summary: \"").append(c.summary()).append("\"\n");
            }
        },
        /**
         * Hugo: every concept link is a Markdown link to the URL essaykit gives the page (Hugo has no wikilinks,
         * and leaves links to .md files as they are). The aliases go under {@code also}, because Hugo reads
         * {@code aliases} as old URLs to redirect from, and the summary is Hugo's {@code description}.
         */
        HUGO {
            @Override
            String link(ConceptLink link) {
                return "[" + (link.shown() != null ? link.shown() : link.name()) + "](" + link.target().url() + ")";
            }

            @Override
            void conceptFrontMatter(StringBuilder out, Concept c) {
                out.append("title: ").append(c.title()).append('\n');
                out.append("also: [").append(String.join(", ", c.aliases())).append("]\n");
                out.append("description: \"").append(c.summary()).append("\"\n");
            }
        };

        /** The Markdown of a link to a concept, without what follows it. */
        abstract String link(ConceptLink link);

        /** The front matter lines of a concept page, between the {@code ---} lines. */
        abstract void conceptFrontMatter(StringBuilder out, Concept c);
    }

    /**
     * A link to a concept in running text, written in each dialect's syntax when the page is written out.
     * {@code name} is the name linked to (title or alias); {@code shown} the text shown instead, or null for
     * the name itself; {@code toFile} links the concept's file ({@code slug.md}) rather than its name, as our
     * concept pages do; {@code after} is the punctuation that follows the link.
     */
    record ConceptLink(Concept target, String name, String shown, boolean toFile, String after) {
        String markdown(Dialect dialect) {
            return dialect.link(this) + after;
        }
    }

    /** A paragraph's chunk as text in the given dialect: chunks are strings, or concept links. */
    static String chunk(Object chunk, Dialect dialect) {
        return chunk instanceof ConceptLink link ? link.markdown(dialect) : (String) chunk;
    }

    // ---------------------------------------------------------------------------------------------
    // Posts
    // ---------------------------------------------------------------------------------------------

    /** A post, made once and then written out for each tool: its skeleton and the blocks under each heading. */
    record PostText(Skeleton skeleton, List<List<Object>> slots) {}

    static PostText compose(Corpus corpus, int number) {
        Skeleton sk = corpus.posts[number];
        Rng rng = Rng.forPost(number, 2);
        Words w = new Words(rng);
        int budget = rng.range(600, 1200);

        // Heading words count toward the budget too.
        for (Heading h : sk.headings()) w.count += h.text().split(" ").length;

        // Non-paragraph blocks every post has, plus an occasional second list or code block.
        List<Object> extras = new ArrayList<>();
        extras.add(unorderedList(w));
        extras.add(orderedList(w));
        extras.add(table(w));
        extras.add(codeBlock(w));
        extras.add(blockquote(w));
        if (rng.chance(30)) extras.add(unorderedList(w));
        if (rng.chance(20)) extras.add(codeBlock(w));

        // One slot before the first heading (the intro) and one after each heading. Each slot opens with a
        // paragraph, because a heading followed directly by a table reads oddly.
        int slots = sk.headings().size() + 1;
        List<List<Object>> slotBlocks = new ArrayList<>(slots);
        List<Para> paras = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            Para p = new Para(w, rng.range(2, 6));
            paras.add(p);
            List<Object> blocks = new ArrayList<>();
            blocks.add(p);
            slotBlocks.add(blocks);
        }
        // Fill the remaining budget with paragraphs, then scatter them and the extras across slots.
        while (w.count < budget) {
            Para p = new Para(w, rng.range(3, 7));
            paras.add(p);
            extras.add(p);
        }
        for (Object block : extras) slotBlocks.get(rng.nextInt(slots)).add(block);

        // Inline markup. Internal links first: they matter most for the link checker, so they get
        // first pick of the free positions.
        int internalLinks = rng.range(3, 8);
        for (int i = 0; i < internalLinks; i++) {
            int target = pickOtherPost(rng, number, corpus.size());
            Skeleton t = corpus.posts[target];
            String url = "/posts/" + postSlug(target) + "/";
            if (rng.chance(40) && !t.headings().isEmpty()) {
                url += "#" + t.headings().get(rng.nextInt(t.headings().size())).id();
            }
            if (rng.chance(50)) {
                // Title as link text, in a sentence of its own, kept as chunks (the link is one
                // unbreakable chunk) so line wrapping stays natural.
                String link = "[" + t.title() + "](" + url + ")";
                String[] frame = switch (rng.nextInt(4)) {
                    case 0 -> new String[] {"See", link, "for", "more."};
                    case 1 -> new String[] {"I", "wrote", "about", "this", "in", link + "."};
                    case 2 -> new String[] {"Compare", link + "."};
                    default -> new String[] {"There", "is", "more", "on", "this", "in", link + "."};
                };
                w.count += frame.length + t.title().split(" ").length - 1;
                appendSomewhere(rng, paras, List.of(frame));
            } else {
                placeSomewhere(rng, paras, rng.range(2, 4), SPAN_LINK, url, null, null);
            }
        }
        int externalLinks = rng.range(1, 2);
        for (int i = 0; i < externalLinks; i++) {
            String url = "https://example.com/" + rng.pick(NOUNS) + "/" + rng.pick(NOUNS) + "-" + rng.pick(VERBS);
            placeSomewhere(rng, paras, rng.range(2, 3), SPAN_LINK, url, null, null);
        }
        int footnotes = rng.range(1, 2);
        for (int i = 0; i < footnotes; i++) {
            String def = w.sentence(6, 20);
            placeSomewhere(rng, paras, 1, SPAN_FOOTNOTE, null, null, def);
        }
        boolean anyCode = false;
        for (Para p : paras) {
            if (rng.chance(45)) p.tryPlace(rng, rng.range(1, 2), SPAN_EM, null, null, null);
            if (rng.chance(30)) p.tryPlace(rng, rng.range(1, 3), SPAN_STRONG, null, null, null);
            if (rng.chance(40)) anyCode |= p.placeCode(rng);
        }
        // Every post promises inline code; chance alone leaves about one post in 3,000 without any.
        for (int k = 0; !anyCode && k < paras.size(); k++) anyCode = paras.get(k).placeCode(rng);

        placeConcepts(paras, corpus.concepts, number);
        return new PostText(sk, slotBlocks);
    }

    static String write(PostText post, Dialect dialect) {
        Skeleton sk = post.skeleton();
        StringBuilder out = new StringBuilder(16384); // posts top out near 10 KB; growing the buffer showed up in profiles
        out.append("---\n");
        out.append("title: \"").append(sk.title()).append("\"\n");
        out.append("date: ").append(sk.date()).append('\n');
        out.append("tags:\n");
        for (String tag : sk.tags()) out.append("  - ").append(tag).append('\n');
        out.append("description: \"").append(sk.description()).append("\"\n");
        out.append("---\n\n");

        List<String> footnoteDefs = new ArrayList<>();
        for (int s = 0; s < post.slots().size(); s++) {
            if (s > 0) {
                Heading h = sk.headings().get(s - 1);
                out.append(h.level() == 2 ? "## " : "### ").append(h.text()).append("\n\n");
            }
            for (Object block : post.slots().get(s)) {
                if (block instanceof Para p) renderPara(out, p, footnoteDefs, dialect);
                else out.append((String) block);
                out.append('\n');
            }
        }
        for (int i = 0; i < footnoteDefs.size(); i++) {
            out.append("[^").append(i + 1).append("]: ").append(footnoteDefs.get(i)).append('\n');
        }
        return out.toString();
    }

    /**
     * Concepts in a post: 1-3 linked with wikilinks (by title, or by an alias with other words shown) and 2-5
     * others mentioned in plain text by title or alias, which essaykit links by itself (its first mention of
     * each). Each goes in a sentence of its own after some sentence end, as one chunk, so that no line break
     * splits a name. The choices come from a stream of their own, so the rest of the post reads as it did
     * before the corpus had concepts.
     */
    static void placeConcepts(List<Para> paras, List<Concept> concepts, int number) {
        Rng rng = Rng.forPost(number, 3);
        int linked = rng.range(1, 3), mentioned = rng.range(2, 5);
        int[] picked = distinct(rng, concepts.size(), -1, linked + mentioned);
        for (int i = 0; i < picked.length; i++) {
            Concept c = concepts.get(picked[i]);
            if (i < linked) {
                String alias = c.aliases().get(rng.nextInt(c.aliases().size()));
                boolean byTitle = rng.chance(50);
                String name = byTitle ? c.title() : alias;
                String shown = byTitle ? null : "the " + alias.substring(0, alias.indexOf(' ')) + " kind";
                List<Object> frame = switch (rng.nextInt(4)) {
                    case 0 -> List.of("See", new ConceptLink(c, name, shown, false, ""), "for", "the", "idea.");
                    case 1 -> List.of("This", "is", "a", "case", "of", new ConceptLink(c, name, shown, false, "."));
                    case 2 -> List.of("Compare", new ConceptLink(c, name, shown, false, "."));
                    default -> List.of("The", "notes", "on", new ConceptLink(c, name, shown, false, ""), "say", "more.");
                };
                appendSomewhere(rng, paras, frame);
            } else {
                for (int times = rng.chance(30) ? 2 : 1; times > 0; times--) {
                    String name = c.names().get(rng.nextInt(c.names().size()));
                    List<String> frame = switch (rng.nextInt(4)) {
                        case 0 -> List.of("It", "comes", "down", "to", name + ".");
                        case 1 -> List.of("Think", "of", "it", "as", name + ".");
                        case 2 -> List.of("That", "is", "where", name, "helps.");
                        default -> List.of("We", "keep", "coming", "back", "to", name + ".");
                    };
                    appendSomewhere(rng, paras, frame);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Concept pages
    // ---------------------------------------------------------------------------------------------

    /** A concept page, made once and then written out for each tool. */
    record ConceptText(Concept concept, List<Para> paras) {}

    /**
     * A few hundred words that link 1-3 other concepts, as our concept pages do: to the other page's file,
     * shown by one of its names.
     */
    static ConceptText composeConcept(List<Concept> concepts, int k) {
        Rng rng = Rng.forConcept(k, 3);
        Words w = new Words(rng);
        int budget = rng.range(200, 400);
        List<Para> paras = new ArrayList<>();
        while (w.count < budget) paras.add(new Para(w, rng.range(3, 6)));
        for (int other : distinct(rng, concepts.size(), k, rng.range(1, 3))) {
            Concept c = concepts.get(other);
            String shown = c.names().get(rng.nextInt(c.names().size()));
            List<Object> frame = switch (rng.nextInt(3)) {
                case 0 -> List.of("See", "also", new ConceptLink(c, c.title(), shown, true, "."));
                case 1 -> List.of("It", "is", "close", "to", new ConceptLink(c, c.title(), shown, true, "."));
                default -> List.of("Compare", new ConceptLink(c, c.title(), shown, true, "."));
            };
            appendSomewhere(rng, paras, frame);
        }
        for (Para p : paras) {
            if (rng.chance(45)) p.tryPlace(rng, rng.range(1, 2), SPAN_EM, null, null, null);
            if (rng.chance(30)) p.tryPlace(rng, rng.range(1, 3), SPAN_STRONG, null, null, null);
        }
        return new ConceptText(concepts.get(k), paras);
    }

    static String write(ConceptText page, Dialect dialect) {
        StringBuilder out = new StringBuilder(4096);
        out.append("---\n");
        dialect.conceptFrontMatter(out, page.concept());
        out.append("---\n");
        for (Para p : page.paras()) {
            out.append('\n');
            renderPara(out, p, List.of(), dialect); // no footnotes: the list stays empty
        }
        return out.toString();
    }

    /** A post other than {@code self}; with a single post the only existing target is itself. */
    static int pickOtherPost(Rng rng, int self, int n) {
        if (n == 1) return 1;
        int t = 1 + rng.nextInt(n - 1);
        return t >= self ? t + 1 : t;
    }

    /** Places a span in some paragraph; falls back to scanning every paragraph so a required link is never lost. */
    static void placeSomewhere(Rng rng, List<Para> paras, int len, int kind, String url, String replacement, String footnote) {
        int start = rng.nextInt(paras.size());
        for (int k = 0; k < paras.size(); k++) {
            if (paras.get((start + k) % paras.size()).tryPlace(rng, len, kind, url, replacement, footnote)) return;
        }
        throw new IllegalStateException("no room for inline span; paragraphs are too short");
    }

    static void appendSomewhere(Rng rng, List<Para> paras, List<?> sentence) {
        int start = rng.nextInt(paras.size());
        for (int k = 0; k < paras.size(); k++) {
            if (paras.get((start + k) % paras.size()).tryAppendSentence(rng, sentence)) return;
        }
        throw new IllegalStateException("no sentence end to append to");
    }

    /** Renders tokens with their spans into chunks, then wraps chunks at 80 columns like a hand-edited file. */
    static void renderPara(StringBuilder out, Para p, List<String> footnoteDefs, Dialect dialect) {
        List<String> chunks = new ArrayList<>(p.tokens.size());
        int i = 0;
        while (i < p.tokens.size()) {
            Span sp = p.spanAt[i];
            if (sp == null) {
                chunks.add(p.tokens.get(i));
                if (p.suffix[i] != null) p.suffix[i].forEach(c -> chunks.add(chunk(c, dialect)));
                i++;
                continue;
            }
            // Split trailing punctuation off the last covered token so it stays outside the markup.
            StringBuilder inner = new StringBuilder();
            for (int k = sp.start; k < sp.start + sp.len; k++) {
                if (k > sp.start) inner.append(' ');
                inner.append(p.tokens.get(k));
            }
            String punct = "";
            char lastChar = inner.charAt(inner.length() - 1);
            if (!Character.isLetter(lastChar)) {
                punct = String.valueOf(lastChar);
                inner.setLength(inner.length() - 1);
            }
            String text = sp.replacement != null ? sp.replacement : inner.toString();
            String chunk = switch (sp.kind) {
                case SPAN_EM -> "*" + text + "*";
                case SPAN_STRONG -> "**" + text + "**";
                case SPAN_CODE -> "`" + text + "`";
                case SPAN_LINK -> "[" + text + "](" + sp.url + ")";
                default -> { // footnote: numbered in document order, which is also definition order
                    footnoteDefs.add(sp.footnote);
                    yield text + "[^" + footnoteDefs.size() + "]";
                }
            };
            chunks.add(chunk + punct);
            i = sp.start + sp.len;
            if (p.suffix[i - 1] != null) p.suffix[i - 1].forEach(c -> chunks.add(chunk(c, dialect)));
        }
        wrap(out, chunks, "");
    }

    /**
     * Greedy wrap at 80 columns, never inside a chunk (so link syntax is never split), each line
     * starting with {@code prefix} ("> " for quotes).
     */
    static void wrap(StringBuilder out, List<String> chunks, String prefix) {
        out.append(prefix);
        int col = prefix.length();
        boolean lineEmpty = true;
        for (String c : chunks) {
            if (!lineEmpty && col + 1 + c.length() > 80) {
                out.append('\n').append(prefix);
                col = prefix.length();
                lineEmpty = true;
            } else if (!lineEmpty) {
                out.append(' ');
                col++;
            }
            out.append(c);
            col += c.length();
            lineEmpty = false;
        }
        out.append('\n');
    }

    /** Bullet list; about half the items of some lists carry a nested sub-list. */
    static String unorderedList(Words w) {
        Rng rng = w.rng;
        StringBuilder sb = new StringBuilder(512);
        int items = rng.range(3, 6);
        boolean nested = rng.chance(60);
        for (int i = 0; i < items; i++) {
            sb.append("- ").append(decorate(w, w.fragment())).append('\n');
            if (nested && rng.chance(40)) {
                int kids = rng.range(2, 3);
                for (int k = 0; k < kids; k++) sb.append("  - ").append(w.fragment()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Numbered list; nested bullets are indented three spaces to sit under the "1. " marker's content. */
    static String orderedList(Words w) {
        Rng rng = w.rng;
        StringBuilder sb = new StringBuilder(512);
        int items = rng.range(3, 6);
        for (int i = 1; i <= items; i++) {
            sb.append(i).append(". ").append(decorate(w, w.fragment())).append(".\n");
            if (rng.chance(20)) {
                int kids = rng.range(2, 3);
                for (int k = 0; k < kids; k++) sb.append("   - ").append(w.fragment()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Occasionally bolds a list item's first word or appends a code token, as real notes do. */
    static String decorate(Words w, String fragment) {
        int r = w.rng.nextInt(10);
        if (r == 0) {
            int sp = fragment.indexOf(' ');
            return "**" + fragment.substring(0, sp) + "**" + fragment.substring(sp);
        }
        if (r == 1) return fragment + " with `" + w.rng.pick(CODE_TOKENS) + "`";
        return fragment;
    }

    /** GFM table with 3-5 distinct columns; numeric columns are right-aligned, like in a measurement write-up. */
    static String table(Words w) {
        Rng rng = w.rng;
        int cols = rng.range(3, 5);
        int rows = rng.range(3, 8);
        // First column is always "Name"; the rest are distinct picks from the remaining headers.
        String[] header = new String[cols];
        header[0] = TABLE_COLUMNS[0];
        int[] idx = new int[TABLE_COLUMNS.length - 1];
        for (int i = 0; i < idx.length; i++) idx[i] = i + 1;
        for (int c = 1; c < cols; c++) {
            int j = (c - 1) + rng.nextInt(idx.length - (c - 1));
            int t = idx[c - 1]; idx[c - 1] = idx[j]; idx[j] = t;
            header[c] = TABLE_COLUMNS[idx[c - 1]];
        }
        StringBuilder sb = new StringBuilder(512);
        sb.append('|');
        for (String h : header) sb.append(' ').append(h).append(" |");
        sb.append("\n|");
        for (String h : header) sb.append(isNumeric(h) ? " ---: |" : " --- |");
        sb.append('\n');
        w.count += cols;
        for (int r = 0; r < rows; r++) {
            sb.append('|');
            for (String h : header) {
                String cell = switch (h) {
                    case "Name" -> rng.pick(NOUNS) + "-" + rng.pick(NOUNS);
                    case "Pages" -> Integer.toString(rng.range(1, 5000));
                    case "Time (ms)" -> rng.range(1, 9999) + "." + rng.nextInt(10);
                    case "Size (KB)" -> Integer.toString(rng.range(1, 20000));
                    case "Ratio" -> "0." + String.format(Locale.ROOT, "%02d", rng.nextInt(100));
                    case "Status" -> rng.pick(STATUS_WORDS);
                    case "Owner" -> Words.capitalize(rng.pick(NOUNS));
                    case "Setting" -> "`" + rng.pick(CODE_TOKENS).replace("|", "/") + "`";
                    default -> rng.pick(ADJECTIVES) + " " + rng.pick(NOUNS); // Notes, Result
                };
                sb.append(' ').append(cell).append(" |");
                w.count++;
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static boolean isNumeric(String header) {
        return header.equals("Pages") || header.equals("Time (ms)") || header.equals("Size (KB)") || header.equals("Ratio");
    }

    /** Blockquote of one or two short paragraphs; the blank quoted line between them is a lone ">". */
    static String blockquote(Words w) {
        StringBuilder sb = new StringBuilder(512);
        int paras = w.rng.chance(30) ? 2 : 1;
        for (int p = 0; p < paras; p++) {
            if (p > 0) sb.append(">\n");
            int sentences = w.rng.range(1, 3);
            List<String> words = new ArrayList<>();
            for (int s = 0; s < sentences; s++) words.addAll(w.sentenceTokens());
            wrap(sb, words, "> ");
        }
        return sb.toString();
    }

    /** Fenced code in Java or Python, with identifiers built from the word pools and a few HTML-special characters. */
    static String codeBlock(Words w) {
        Rng rng = w.rng;
        String noun = rng.pick(NOUNS), other = rng.pick(NOUNS), verb = rng.pick(VERBS);
        int num = rng.range(2, 512);
        if (rng.chance(50)) {
            String cls = Words.capitalize(noun) + Words.capitalize(other);
            String method = verb + Words.capitalize(noun);
            String body = switch (rng.nextInt(3)) {
                case 0 -> "public final class " + cls + " {\n"
                        + "    private final Map<String, Integer> " + noun + "Counts = new HashMap<>();\n\n"
                        + "    public int " + method + "(String key) {\n"
                        + "        // keep the hot path allocation-free\n"
                        + "        return " + noun + "Counts.merge(key, 1, Integer::sum);\n"
                        + "    }\n"
                        + "}\n";
                case 1 -> "List<String> " + method + "(List<String> " + plural(noun) + ") {\n"
                        + "    return " + plural(noun) + ".stream()\n"
                        + "            .filter(s -> s.length() > " + num + " && !s.isBlank())\n"
                        + "            .map(String::strip)\n"
                        + "            .sorted()\n"
                        + "            .toList();\n"
                        + "}\n";
                default -> "for (int i = 0; i < " + num + "; i++) {\n"
                        + "    if (" + noun + "[i] == null) {\n"
                        + "        throw new IllegalStateException(\"missing " + noun + " at \" + i);\n"
                        + "    }\n"
                        + "    " + other + ".append(\"<li>\").append(" + noun + "[i]).append(\"</li>\");\n"
                        + "}\n";
            };
            w.count += 25;
            return "```java\n" + body + "```\n";
        }
        String fn = verb + "_" + noun;
        String body = switch (rng.nextInt(3)) {
            case 0 -> "def " + fn + "(" + plural(noun) + "):\n"
                    + "    \"\"\"Return the " + plural(noun) + " longer than " + num + " characters.\"\"\"\n"
                    + "    return [x.strip() for x in " + plural(noun) + " if len(x) > " + num + "]\n";
            case 1 -> "import json\n\n"
                    + "with open(\"" + noun + ".json\", encoding=\"utf-8\") as f:\n"
                    + "    data = json.load(f)\n\n"
                    + "totals = {}\n"
                    + "for row in data:\n"
                    + "    totals[row[\"" + other + "\"]] = totals.get(row[\"" + other + "\"], 0) + 1\n"
                    + "print(sorted(totals.items())[:" + num + "])\n";
            default -> "class " + Words.capitalize(noun) + Words.capitalize(other) + ":\n"
                    + "    def __init__(self, limit=" + num + "):\n"
                    + "        self.limit = limit\n"
                    + "        self.items = []\n\n"
                    + "    def " + fn + "(self, item):\n"
                    + "        if len(self.items) >= self.limit and item is not None:\n"
                    + "            self.items.pop(0)\n"
                    + "        self.items.append(item)\n";
        };
        w.count += 20;
        return "```python\n" + body + "```\n";
    }

    static String plural(String n) {
        return Words.plural(n);
    }

    // ---------------------------------------------------------------------------------------------
    // Main
    // ---------------------------------------------------------------------------------------------

    /**
     * {@code url} lets essaykit draw social cards (build-bench.sh turns them off per run with a line of its own);
     * {@code paginate} is Jekyll's key, and Hugo's config gets the same value from this file.
     */
    private static final String SITE_YAML = String.join("\n",
            "title: Bench corpus",
            "description: Generated corpus for benchmarks",
            "url: https://bench.example.org",
            "baseurl: \"\"",
            "author: Bench",
            "paginate: 20",
            "");

    /** Where one tool's copy of the corpus goes: its {@code content/} folder and how to write it. */
    record Output(Path content, Dialect dialect) {
        Path posts() {
            return content.resolve("posts");
        }

        Path concepts() {
            return content.resolve("concepts");
        }

        /**
         * Makes the folders and removes pages left over from an earlier, larger run into the same place;
         * otherwise the corpus would silently hold more than N posts and links into them would go unchecked.
         */
        void prepare() throws IOException {
            Files.createDirectories(posts());
            Files.createDirectories(concepts());
            for (Path dir : List.of(posts(), concepts())) {
                try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.md")) {
                    for (Path p : old) Files.delete(p);
                }
            }
        }
    }

    static void write(Path file, String text) {
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/GenerateCorpus.java N OUTDIR [HUGODIR]");
            System.exit(2);
        }
        int n;
        try {
            n = Integer.parseInt(args[0]);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_POSTS) {
            System.err.println("error: N must be an integer in 1.." + MAX_POSTS + ", got '" + args[0] + "'");
            System.exit(2);
        }
        List<Output> outputs = new ArrayList<>();
        outputs.add(new Output(Paths.get(args[1]).resolve("content"), Dialect.ESSAYKIT));
        if (args.length == 3) outputs.add(new Output(Paths.get(args[2]).resolve("content"), Dialect.HUGO));
        for (Output o : outputs) o.prepare();
        write(outputs.get(0).content().resolve("site.yaml"), SITE_YAML);

        Skeleton[] skeletons = new Skeleton[n + 1];
        final int total = n;
        IntStream.rangeClosed(1, total).parallel().forEach(i -> skeletons[i] = skeleton(i));
        List<Concept> concepts = concepts();
        Corpus corpus = new Corpus(skeletons, concepts);

        for (int k = 0; k < concepts.size(); k++) {
            ConceptText page = composeConcept(concepts, k);
            for (Output o : outputs) write(o.concepts().resolve(page.concept().slug() + ".md"), write(page, o.dialect()));
        }
        // Each post depends only on its own seed and the (read-only) skeletons and concepts, so parallel
        // output is byte-identical to sequential output.
        IntStream.rangeClosed(1, total).parallel().forEach(i -> {
            PostText post = compose(corpus, i);
            for (Output o : outputs) write(o.posts().resolve(postSlug(i) + ".md"), write(post, o.dialect()));
        });
        for (Output o : outputs) {
            System.out.println("wrote " + total + " posts and " + concepts.size() + " concepts to " + o.content());
        }
    }
}
