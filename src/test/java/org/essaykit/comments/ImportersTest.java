package org.essaykit.comments;

import org.essaykit.cli.EssaykitCommand;
import org.essaykit.diag.Diagnostics;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sample exports through the importers, our writer and back through our reader and the build. */
@Timeout(60)
class ImportersTest {

    private static final Path LESSWRONG = Path.of("src/test/resources/comments/lesswrong-comments.json");
    private static final Path DISQUS = Path.of("src/test/resources/comments/disqus-export.xml");

    @TempDir
    Path dir;

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Writes the thread, reads it back with no diagnostics, and checks every field survived. */
    private static List<Comment> roundTrip(ImportedThread thread) {
        Diagnostics diagnostics = new Diagnostics();
        List<Comment> back = ThreadReader.read(ThreadWriter.write(thread), Path.of("t.comments.yaml"), ZoneOffset.UTC, diagnostics);
        ThreadRules.check(back, diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(thread.comments().size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            ImportedThread.Entry in = thread.comments().get(i);
            Comment out = back.get(i);
            assertEquals(in.id(), out.id());
            assertEquals(in.parent(), out.parent());
            assertEquals(in.author(), out.author());
            assertEquals(in.score(), out.score());
            assertEquals(in.source(), out.source());
            assertEquals(in.body().strip(), out.body().strip());
            assertEquals(in.date() != null, out.date() != null, "date of " + in.id());
        }
        return back;
    }

    @Test
    void importsALessWrongExportKeepingEveryCommentAndTheTree() throws Exception {
        ImportedThread thread = Importers.read(Importers.Format.LESSWRONG, read(LESSWRONG), null);
        assertEquals(List.of("aB3dE5fG7hJ9kL1mN", "qR5sT7uV9wX1yZ3aB", "zZ9yY8xX7wW6vV5uU", "mM1nN2oO3pP4qQ5rR"),
                thread.comments().stream().map(ImportedThread.Entry::id).toList());
        List<Comment> back = roundTrip(thread);
        assertEquals("aB3dE5fG7hJ9kL1mN", back.get(1).parent());
        assertEquals("qR5sT7uV9wX1yZ3aB", back.get(2).parent());
        assertEquals("The \"Author\"", back.get(1).author());
        assertEquals(-2L, back.get(2).score());
        assertEquals("Thanks for the *thoughtful* feedback! See [this](https://example.org/a%20b).\n\n"
                + "> Doesn't this prove too much?\n\nNo.", back.get(1).body().strip());
        assertTrue(back.get(0).body().startsWith("Comments as I read:\n\n> Gradient descent"));
        assertEquals(List.of(
                "comment zZ9yY8xX7wW6vV5uU: no user (deleted account?): shown as unnamed",
                "comment mM1nN2oO3pP4qQ5rR: replies to notInThisExport00, which is not in the export: shown at the top level",
                "comment mM1nN2oO3pP4qQ5rR: no text in the export"), thread.notes());
    }

    @Test
    void importsOneThreadOfADisqusExport() throws Exception {
        ImportedThread thread = Importers.read(Importers.Format.DISQUS, read(DISQUS), "https://example.org/posts/essay/");
        List<Comment> back = roundTrip(thread);
        assertEquals(List.of("3001", "3002", "3003"), back.stream().map(Comment::id).toList());
        assertEquals("3001", back.get(1).parent());
        assertEquals("3002", back.get(2).parent());
        assertEquals("Ann Example", back.get(0).author());
        assertEquals("First! With **bold** and a [link](https://example.org/x).\n\nSecond paragraph\\\nwith a break.",
                back.get(0).body().strip());
        assertEquals("> First!\n\nReplying & quoting.", back.get(1).body().strip());
        assertEquals(List.of("comment 3003: marked deleted in Disqus; kept, delete it by hand if it should not be shown"),
                thread.notes());
    }

    @Test
    void asksWhichThreadWhenADisqusExportHoldsSeveral() {
        Importers.ImportException e = assertThrows(Importers.ImportException.class,
                () -> Importers.read(Importers.Format.DISQUS, read(DISQUS), null));
        assertEquals("the export holds 2 threads; choose one with --thread: 200 (https://example.org/posts/essay/),"
                + " 201 (https://example.org/posts/other/)", e.getMessage());
    }

    @Test
    void refusesBrokenJsonAndHostileNesting() {
        Importers.ImportException cut = assertThrows(Importers.ImportException.class,
                () -> Importers.read(Importers.Format.LESSWRONG, "{\"a\":\n [1, 2", null));
        assertTrue(cut.getMessage().contains("at line 2, column"), cut.getMessage());
        Importers.ImportException quote = assertThrows(Importers.ImportException.class,
                () -> Importers.read(Importers.Format.LESSWRONG, "{'a': 1}", null));
        assertTrue(quote.getMessage().startsWith("not JSON: ") && quote.getMessage().contains("line 1, column 2"),
                quote.getMessage());
        Importers.ImportException deep = assertThrows(Importers.ImportException.class,
                () -> Importers.read(Importers.Format.LESSWRONG, "[".repeat(100_000), null));
        assertTrue(deep.getMessage().contains("nesting depth"), deep.getMessage());
    }

    @Test
    void theCommandWritesAThreadThatTheBuildAccepts() throws Exception {
        TestSite site = TestSite.in(dir).write("content/posts/essay.md", "---\ntitle: Essay\n---\n\nText.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = EssaykitCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("import", "comments", "--from", "lesswrong", LESSWRONG.toAbsolutePath().toString(),
                "--post", "essay", "--source", dir.toString());
        assertEquals(0, code, err.toString());
        assertEquals("wrote 4 comments to content/posts/essay.comments.yaml\n", out.toString().replace("\r\n", "\n"));
        assertTrue(err.toString().contains("note: comment mM1nN2oO3pP4qQ5rR: no text in the export"), err.toString());
        site.buildClean();
        assertEquals(1, cli.execute("import", "comments", "--from", "disqus", DISQUS.toAbsolutePath().toString(),
                "--post", "essay", "--source", dir.toString(), "--thread", "200"), "never overwrites without --force");
    }
}
