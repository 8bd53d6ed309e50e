package org.essaykit.content;

import org.essaykit.diag.SourceProblem;
import org.essaykit.diag.SourcePos;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a source file as UTF-8; bytes that are not UTF-8 are an error at the line and column of the first one. */
public final class SourceText {

    /** A file that could not be read, with where and why. */
    public static final class Unreadable extends SourceProblem {
        Unreadable(SourcePos pos, String message, String hint) {
            super(pos, message, hint);
        }
    }

    private SourceText() {
    }

    /**
     * @param file    where the file is
     * @param display how diagnostics name it (relative to the site folder)
     */
    public static String read(Path file, Path display) throws Unreadable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable(SourcePos.startOf(display), "cannot read the file: " + e.getMessage(),
                    "check that the file exists and is readable");
        }
        return decode(bytes, display);
    }

    static String decode(byte[] bytes, Path display) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.limit(); i++) {
                char c = out.get(i);
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            throw new Unreadable(new SourcePos(display, line, column), String.format(java.util.Locale.ROOT,
                    "the file is not UTF-8 text: byte 0x%02X at byte offset %d cannot start or continue a character",
                    bytes[in.position()] & 0xFF, in.position()),
                    "save the file as UTF-8 (most editors: \"Save with encoding\"), or fix the character there");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
