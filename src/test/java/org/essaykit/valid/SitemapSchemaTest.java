package org.essaykit.valid;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sitemap.xml} is valid against the sitemaps.org 0.9 schema, and every URL in it is a built page. The
 * schema is the one sitemapgen4j ships (test scope; we only read its {@code sitemap.xsd}), since the tests
 * cannot reach sitemaps.org.
 */
class SitemapSchemaTest {

    private static final String XSD = "/com/redfin/sitemapgenerator/sitemap.xsd";
    private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");

    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(SitemapSchemaTest.class.getResource(XSD));
    }

    @Test
    void ourSitemapIsValidAndListsBuiltPages() throws Exception {
        Path site = TestSite.buildOurSite(dir.resolve("site"));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        validate(sitemap);
        assertLocationsAreBuiltPages(sitemap, "https://essaykit.github.io/", site);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jekyll-blog", "knowledge-base"})
    void aFixtureSitemapIsValid(String name) throws Exception {
        TestSite fixture = TestSite.fixture(Path.of("src/test/resources/sites", name), dir);
        Path site = TestSite.buildInto(fixture.root(), fixture.out());
        validate(Files.readString(site.resolve("sitemap.xml")));
    }

    /** Proof that the schema is applied: a lastmod in a format the protocol does not allow is rejected. */
    @Test
    void aLastmodInTheWrongFormatIsRejected() throws Exception {
        TestSite fixture = TestSite.fixture(Path.of("src/test/resources/sites/jekyll-blog"), dir);
        String sitemap = Files.readString(TestSite.buildInto(fixture.root(), fixture.out()).resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<lastmod>2023-05-05</lastmod>"), sitemap);
        String broken = sitemap.replace("<lastmod>2023-05-05</lastmod>", "<lastmod>05/05/2023</lastmod>");
        SAXParseException e = assertThrows(SAXParseException.class, () -> validate(broken));
        assertEquals(4, e.getLineNumber(), e.getMessage());
        assertTrue(e.getMessage().contains("05/05/2023"), e.getMessage());

        String relative = sitemap.replace("<loc>https://example.github.io/blog-repo/about/</loc>", "<loc>/a/</loc>");
        assertThrows(SAXParseException.class, () -> validate(relative), "a loc shorter than an absolute URL");
    }

    private static void validate(String sitemap) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(sitemap)));
    }

    private static void assertLocationsAreBuiltPages(String sitemap, String root, Path site) {
        Matcher loc = LOC.matcher(sitemap);
        int count = 0;
        while (loc.find()) {
            String url = loc.group(1);
            assertTrue(url.startsWith(root), url);
            String path = url.substring(root.length());
            Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            assertTrue(Files.isRegularFile(file), url + " is in the sitemap but not built");
            count++;
        }
        assertTrue(count > 20, "our site has more pages than " + count);
    }
}
