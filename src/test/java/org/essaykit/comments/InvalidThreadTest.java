package org.essaykit.comments;

import org.essaykit.pipeline.BuildResult;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Each mistake in a thread file, with its exact diagnostic; several mistakes are reported together. */
class InvalidThreadTest {

    @TempDir
    Path dir;

    private String errorsOf(String thread) {
        TestSite site = TestSite.in(dir)
                .write("content/posts/a.md", "---\ntitle: A\n---\nBody\n")
                .write("content/posts/a.comments.yaml", thread);
        BuildResult result = site.build();
        assertFalse(result.succeeded(), "the build should fail");
        return TestSite.formatted(result);
    }

    @Test
    void rejectsDuplicateIds() {
        assertEquals("""
                content/posts/a.comments.yaml:3:7: error: duplicate comment id `x` (first used at line 1)
                    hint: give each comment its own id; replies name their parent by it""",
                errorsOf("- id: x\n  body: one\n- id: x\n  body: two\n"));
    }

    @Test
    void rejectsCommentWithUnknownParent() {
        assertEquals("""
                content/posts/a.comments.yaml:4:11: error: comment `y` replies to `nope`, but this thread has no comment with that id
                    hint: write the id of an existing comment, or remove `parent:` to make it a top-level comment""",
                errorsOf("- id: x\n  body: one\n- id: y\n  parent: nope\n  body: two\n"));
    }

    @Test
    void rejectsReplyCycles() {
        assertEquals("""
                content/posts/a.comments.yaml:2:11: error: comments reply to each other in a cycle: x -> y -> x
                    hint: a reply's parent must be another comment of the thread that does not reply to it in turn; remove one `parent:` to make that comment top-level""",
                errorsOf("- id: x\n  parent: y\n  body: one\n- id: y\n  parent: x\n  body: two\n"));
    }

    @Test
    void rejectsACommentReplyingToItself() {
        assertEquals("""
                content/posts/a.comments.yaml:2:11: error: comments reply to each other in a cycle: x -> x
                    hint: a reply's parent must be another comment of the thread that does not reply to it in turn; remove one `parent:` to make that comment top-level""",
                errorsOf("- id: x\n  parent: x\n  body: one\n"));
    }

    @Test
    void rejectsEmptyAndMissingBodies() {
        assertEquals("""
                content/posts/a.comments.yaml:1:3: error: comment `x` has no `body`
                    hint: add `body: |` with the text indented below it
                content/posts/a.comments.yaml:4:9: error: comment `y` has an empty body
                    hint: write the comment's text under `body: |`, or delete the comment""",
                errorsOf("- id: x\n  author: A\n- id: y\n  body: \"  \"\n"));
    }

    @Test
    void rejectsBadDatesAndScores() {
        assertEquals("""
                content/posts/a.comments.yaml:2:9: error: comment `x` has a date that is not a date: `yesterday`
                    hint: write `date: 2023-05-05` or `date: 2023-05-05 12:12:12 -0400`, or leave it out
                content/posts/a.comments.yaml:3:10: error: comment `x` has a score that is not a whole number: `lots`
                    hint: write for example `score: 12`, or leave it out""",
                errorsOf("- id: x\n  date: yesterday\n  score: lots\n  body: one\n"));
    }

    @Test
    void rejectsMissingIdsAndUnknownFields() {
        assertEquals("""
                content/posts/a.comments.yaml:1:3: error: comment has no `id`
                    hint: add `id:` with a name unique in this thread, e.g. `id: c1`
                content/posts/a.comments.yaml:3:3: error: unknown comment field `autor`
                    hint: the fields are id, parent, author, op, date, score, source, body""",
                errorsOf("- body: one\n- id: y\n  autor: B\n  body: two\n"));
    }

    @Test
    void rejectsAThreadThatIsNotAList() {
        assertEquals("""
                content/posts/a.comments.yaml:1:1: error: a thread file must be a list of comments
                    hint: start each comment with `- id: ...` at the beginning of a line""",
                errorsOf("id: x\nbody: one\n"));
    }

    @Test
    void rejectsAThreadWithoutAPost() {
        TestSite site = TestSite.in(dir).write("content/posts/gone.comments.yaml", "- id: x\n  body: one\n");
        BuildResult result = site.build();
        assertEquals("""
                content/posts/gone.comments.yaml:1:1: error: comment thread without a post: there is no content/posts/gone.md
                    hint: name the thread after its post: <slug>.comments.yaml beside <slug>.md""",
                TestSite.formatted(result));
    }

    @Test
    void rejectsAnUnknownOrder() {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\ncomments_order: best\n");
        assertEquals("""
                content/site.yaml:1:1: error: `comments_order` must be written, score or date, not `best`
                    hint: write `comments_order: written` to keep the order of the thread files""",
                TestSite.formatted(site.build()));
    }

    @Test
    void ignoresAThreadBesideADraftThatThisBuildLeavesOut() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/a.md", "---\ntitle: A\ndraft: true\n---\nBody\n")
                .write("content/posts/a.comments.yaml", "- id: x\n  body: one\n");
        assertEquals("", TestSite.formatted(site.build()));
    }
}
