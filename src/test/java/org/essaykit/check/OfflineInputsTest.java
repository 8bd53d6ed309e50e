package org.essaykit.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inputs the peers' fixtures found wrong offline: the checker reads pages and folders as browsers and Pages do. */
class OfflineInputsTest {

    @TempDir
    Path dir;

    @Test
    void telWithPausesIsANumberButABadPortIsNotAnAddress() throws IOException {
        write("index.html", "<a href='tel:+1-555-123-4567,,89'>pause then extension</a>\n"
                + "<a href='https://127.0.0.1:____/'>port</a>\n<a href='https://example.org:99999/'>port</a>");
        assertEquals("""
                site/index.html
                  site/index.html:3:10: error: the port `____` is not a number from 0 to 65535 in a href
                      hint: correct the address; a browser cannot load it either
                  site/index.html:4:10: error: the port `99999` is not a number from 0 to 65535 in a href
                      hint: correct the address; a browser cannot load it either
                2 errors, 0 warnings, 0 notes in 1 file (2 links checked)
                """, report(), "the tel: link is fine, so not counted");
    }

    @Test
    void anImageMapMustBeOnThePage() throws IOException {
        write("index.html", "<img src='a.png' alt='' usemap='#found'><map name='found'></map>\n"
                + "<img src='a.png' alt='' usemap='#lost'>\n<img src='a.png' alt='' usemap='lost'>");
        write("a.png", "");
        assertEquals("""
                site/index.html
                  site/index.html:3:33: error: usemap `#lost`: the page has no <map name="lost">
                      hint: add the map or correct its name
                  site/index.html:4:33: error: usemap `lost` is not a #name
                      hint: write usemap="#name" for the <map name="name"> of this page
                2 errors, 0 warnings, 0 notes in 1 file (3 links checked)
                """, report());
    }

    @Test
    void pagesAreDecodedByByteOrderMarkAndMetaCharset() throws IOException {
        String links = "<a href='missing-utf16.html'>x</a>";
        byte[] utf16 = ("\uFEFF" + links).getBytes(StandardCharsets.UTF_16LE);
        Files.write(dir.resolve("utf16.html"), utf16);
        Files.write(dir.resolve("latin1.html"), "<meta charset=windows-1252><a href='caf\u00e9.html'>x</a>"
                .getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("caf\u00e9.html"), "<title>t</title>");
        assertEquals("""
                site/utf16.html
                  site/utf16.html:1:10: error: broken link `missing-utf16.html` in a href: nothing is published at /missing-utf16.html
                1 error, 0 warnings, 0 notes in 3 files (2 links checked)
                """, report());
    }

    @Test
    void symlinkedFoldersArePublishedAsThePagesUploadDoes() throws IOException {
        Path shared = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-shared"));
        Files.writeString(shared.resolve("index.html"), "<title>t</title>");
        Files.createSymbolicLink(dir.resolve("docs"), shared);
        Files.createSymbolicLink(shared.resolve("loop"), dir); // a cycle must not hang or crash the walk
        write("index.html", "<a href='docs/'>docs</a>");
        assertEquals("0 errors, 0 warnings, 0 notes in 2 files (1 link checked)\n", report());
    }

    private String report() throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.TEXT.write(LinkChecker.check(SiteTree.of(dir), CheckOptions.offline("", "")), "site", out);
        return out.toString();
    }

    private void write(String path, String html) throws IOException {
        Files.writeString(dir.resolve(path), "<!DOCTYPE html><title>t</title>\n" + html, StandardCharsets.UTF_8);
    }
}
