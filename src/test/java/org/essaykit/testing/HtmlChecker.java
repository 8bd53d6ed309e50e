package org.essaykit.testing;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu), run in-process on built pages. Setting up
 * its schema takes about a second, so one checker is built per test class and reused for every page.
 */
public final class HtmlChecker {

    /** The schema the checker's own command line uses for {@code .html} files: HTML plus SVG and MathML. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    public enum Severity { ERROR, WARNING }

    /** One message about one page, at its line and column in the generated HTML. */
    public record Message(String page, int line, int column, Severity severity, String text) {
        @Override
        public String toString() {
            return page + ":" + line + ":" + column + ": " + severity.name().toLowerCase() + ": " + text;
        }
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlChecker() {
        // No language detection: it guesses from the text and would only add warnings.
        validator = new SimpleDocumentValidator(true, false, false);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu HTML Checker: " + e, e);
        }
    }

    /** Every error and warning the checker reports for the page at {@code file}, named {@code page}. */
    public synchronized List<Message> check(String page, Path file) {
        try {
            return check(page, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized List<Message> check(String page, byte[] html) {
        collector.start(page);
        InputSource input = new InputSource(new ByteArrayInputStream(html));
        input.setSystemId(page);
        input.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(input);
        } catch (SAXException e) {
            // A fatal error was already reported to the collector; the checker stops the page there.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.finish();
    }

    /** Gathers the checker's messages for the page being checked. */
    private static final class Collector implements ErrorHandler {
        private String page;
        private List<Message> messages = new ArrayList<>();

        void start(String page) {
            this.page = page;
            this.messages = new ArrayList<>();
        }

        List<Message> finish() {
            return List.copyOf(messages);
        }

        @Override
        public void warning(SAXParseException e) {
            add(Severity.WARNING, e);
        }

        @Override
        public void error(SAXParseException e) {
            add(Severity.ERROR, e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(Severity.ERROR, e);
        }

        private void add(Severity severity, SAXParseException e) {
            messages.add(new Message(page, e.getLineNumber(), e.getColumnNumber(), severity, e.getMessage()));
        }
    }
}
