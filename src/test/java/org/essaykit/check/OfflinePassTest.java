package org.essaykit.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The internal pass never touches the network, and reads pages in parallel with stable results. */
class OfflinePassTest {

    @TempDir
    Path dir;

    @Test
    void internalPassOpensNoSocketEvenForUrlsOfAListeningServer() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String origin = "http://127.0.0.1:" + server.getLocalPort();
            write("index.html", "<a href='" + origin + "/external/'>x</a>"
                    + "<img src='" + origin + "/img.png' srcset='" + origin + "/a.png 2x'>"
                    + "<link rel=preconnect href='" + origin + "'><script src='" + origin + "/s.js'></script>"
                    + "<a href='//127.0.0.1:" + server.getLocalPort() + "/x'>y</a>");
            CheckReport report = LinkChecker.check(SiteTree.of(dir), CheckOptions.offline("", ""));

            assertEquals(5, report.links(), "the external URLs were found");
            assertTrue(report.findings().isEmpty(), report.findings().toString());
            // A connection the OS completed would wait in the backlog and be accepted here.
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept);
        }
    }

    @Test
    void manyPagesGiveTheSameReportOnEveryRun() throws IOException {
        for (int i = 0; i < 200; i++) {
            write("p" + i + "/index.html", "<h2 id=a>A</h2><a href='../p" + (i + 1) + "/#a'>next</a>"
                    + "<a href='../p" + i + "/#b'>broken fragment</a>");
        }
        List<String> runs = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            java.io.StringWriter out = new java.io.StringWriter();
            ReportFormat.JSON.write(LinkChecker.check(SiteTree.of(dir), CheckOptions.offline("", "")), "site", out);
            runs.add(out.toString());
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(runs.get(0), runs.get(2));
        CheckReport report = LinkChecker.check(SiteTree.of(dir), CheckOptions.offline("", ""));
        assertEquals(201, report.count(Finding.Level.ERROR), "200 broken fragments and the last page's next link");
        assertEquals("p0/index.html", report.findings().get(0).output().file().toString().replace('\\', '/'));
    }

    private void write(String path, String html) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html><head><title>t</title></head><body>" + html
                + "</body></html>", StandardCharsets.UTF_8);
    }
}
