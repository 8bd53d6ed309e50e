package org.essaykit.diag;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * A place in a source file, as a reader would name it: 1-based line and column.
 * The path is relative to the site root so diagnostics read the same on every machine.
 */
public record SourcePos(Path file, int line, int column) implements Comparable<SourcePos> {

    private static final Comparator<SourcePos> ORDER = Comparator
            .comparing((SourcePos p) -> p.file.toString())
            .thenComparingInt(SourcePos::line)
            .thenComparingInt(SourcePos::column);

    public SourcePos {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** The start of a file, for problems that concern the whole file. */
    public static SourcePos startOf(Path file) {
        return new SourcePos(file, 1, 1);
    }

    /** Where the character at {@code offset} of a file's {@code text} stands. */
    public static SourcePos atOffset(Path file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePos(file, line, offset - lineStart + 1);
    }

    public SourcePos withLineOffset(int lines) {
        return new SourcePos(file, line + lines, column);
    }

    @Override
    public int compareTo(SourcePos other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file.toString().replace('\\', '/') + ":" + line + ":" + column;
    }
}
