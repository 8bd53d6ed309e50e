package org.essaykit.check;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * JUnit XML as CI servers read it: one test case per file read, failed when it has errors; warnings and
 * notes go to the case's {@code system-out}.
 */
final class JunitReport {

    private JunitReport() {
    }

    static void write(CheckReport report, ReportPaths paths, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        report.files().forEach(file -> byFile.put(file, new ArrayList<>()));
        report.findings().forEach(f -> byFile.computeIfAbsent(ReportPaths.source(f.output()), k -> new ArrayList<>())
                .add(f));
        long failed = byFile.values().stream().filter(JunitReport::hasErrors).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "essaykit check");
            xml.writeAttribute("tests", String.valueOf(byFile.size()));
            xml.writeAttribute("failures", String.valueOf(failed));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "links");
            xml.writeAttribute("tests", String.valueOf(byFile.size()));
            xml.writeAttribute("failures", String.valueOf(failed));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                testCase(xml, paths.output(file.getKey()), file.getValue(), paths);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.level() == Finding.Level.ERROR);
    }

    private static void testCase(XMLStreamWriter xml, String name, List<Finding> findings, ReportPaths paths)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "links");
        xml.writeAttribute("name", name);
        List<Finding> errors = findings.stream().filter(f -> f.level() == Finding.Level.ERROR).toList();
        List<Finding> others = findings.stream().filter(f -> f.level() != Finding.Level.ERROR).toList();
        if (!errors.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", errors.get(0).rule());
            xml.writeAttribute("message", errors.size() == 1 ? errors.get(0).message()
                    : errors.size() + " errors, the first: " + errors.get(0).message());
            xml.writeCharacters(lines(errors, paths));
            xml.writeEndElement();
        }
        if (!others.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(others, paths));
            xml.writeEndElement();
        }
        if (!findings.isEmpty()) {
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static String lines(List<Finding> findings, ReportPaths paths) {
        return findings.stream().map(f -> paths.outputPos(f.output()) + ": " + f.level().label() + ": " + f.message()
                + f.source().map(s -> " (written at " + s + ")").orElse("")
                + (f.template().isEmpty() ? "" : " (produced by template " + f.template() + ")"))
                .collect(Collectors.joining("\n", "\n", "\n"));
    }
}
