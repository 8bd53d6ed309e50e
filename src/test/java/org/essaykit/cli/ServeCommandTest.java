package org.essaykit.cli;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `essaykit serve` says when it cannot start; serving itself is tested in org.essaykit.serve. */
@Timeout(60)
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderOrABadPortIsAUsageError() {
        CliRun missing = CliRun.of("serve", "--source", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("is not a folder"), missing.err());
        assertEquals(2, CliRun.of("serve", "--source", dir.toString(), "--port", "70000").code());
        assertEquals(2, CliRun.of("serve", "--source", dir.toString(), "--host", "no-such-host.invalid").code());
    }

    @Test
    void aPortInUseSaysSoAndHowToFixIt() throws Exception {
        TestSite site = TestSite.in(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--source", site.root().toString(), "--port",
                    String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.code());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
            assertTrue(run.err().contains("pass another --port"), run.err());
        }
    }

    @Test
    void draftsAndFutureAreOnUnlessTurnedOff() {
        ServeCommand byDefault = new ServeCommand();
        new CommandLine(byDefault).parseArgs();
        assertTrue(byDefault.drafts && byDefault.future);
        ServeCommand published = new ServeCommand();
        new CommandLine(published).parseArgs("--no-drafts", "--no-future");
        assertTrue(!published.drafts && !published.future);
        assertEquals(4000, byDefault.port);
        assertEquals("127.0.0.1", byDefault.host);
    }

    @Test
    void helpListsTheOptions() {
        CliRun run = CliRun.of("serve", "--help");
        assertEquals(0, run.code());
        for (String option : new String[] {"--port=N", "--host=ADDRESS", "--[no-]drafts", "--[no-]future", "--baseurl"}) {
            assertTrue(run.out().contains(option), option + " in\n" + run.out());
        }
    }
}
