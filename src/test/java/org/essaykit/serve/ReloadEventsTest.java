package org.essaykit.serve;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.SourcePos;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event stream's wire format, including the case today's full rebuilds never reach: a fix that leaves
 * every file as it was (incremental rebuilds report no changed path) clears the overlay without a reload.
 */
class ReloadEventsTest {

    private static final Diagnostic BROKEN = Diagnostic.error(new SourcePos(Path.of("content/posts/a.md"), 3, 7),
            "no page named \"b\"\nsecond line", "did you mean [[c]]?");

    @Test
    void errorsAreOneJsonLineAndReachTabsThatConnectLater() {
        ReloadEvents events = new ReloadEvents();
        ByteArrayOutputStream early = new ByteArrayOutputStream();
        events.connect(early);
        events.failed(List.of(BROKEN));
        String data = "{\"diagnostics\":[{\"file\":\"content/posts/a.md\",\"line\":3,\"column\":7,\"severity\":\"error\","
                + "\"message\":\"no page named \\\"b\\\"\\nsecond line\",\"hint\":\"did you mean [[c]]?\"}]}";
        assertEquals("retry: 500\n\nevent: hello\ndata: " + events.version() + "\n\nevent: errors\ndata: " + data + "\n\n",
                text(early));

        ByteArrayOutputStream late = new ByteArrayOutputStream();
        events.connect(late);
        assertTrue(text(late).endsWith("event: errors\ndata: " + data + "\n\n"), text(late));
    }

    @Test
    void aFixThatChangesNothingClearsAndOneThatChangesSomethingReloads() {
        ReloadEvents events = new ReloadEvents();
        ByteArrayOutputStream tab = new ByteArrayOutputStream();
        events.connect(tab);
        String before = events.version();
        events.failed(List.of(BROKEN));
        events.cleared();
        assertTrue(text(tab).endsWith("event: clear\ndata: " + before + "\n\n"), text(tab));
        events.cleared();
        assertEquals(1, text(tab).split("event: clear", -1).length - 1, "cleared once");

        events.reloaded();
        assertFalse(before.equals(events.version()), "a reload is a new version");
        assertTrue(text(tab).endsWith("event: reload\ndata: " + events.version() + "\n\n"), text(tab));
        ByteArrayOutputStream late = new ByteArrayOutputStream();
        events.connect(late);
        assertFalse(text(late).contains("errors"), text(late));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
