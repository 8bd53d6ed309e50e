package org.essaykit.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's path, decoded strictly, as names of the site's files. Decoding is done here rather than by
 * {@code java.net.URI}, which lets through what a file server must not: {@code ..} spelled with escapes,
 * escaped slashes and backslashes, NUL, and overlong UTF-8.
 *
 * @param segments      the decoded segments, none empty, none {@code .} or {@code ..}
 * @param trailingSlash whether the raw path ended with {@code /} (a folder URL)
 */
public record RequestPath(List<String> segments, boolean trailingSlash) {

    public RequestPath {
        segments = List.copyOf(segments);
    }

    /** Why a raw path was refused; the message is shown to the client as it is. */
    public static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    /** @param raw the path exactly as it came on the request line, escapes and all */
    public static RequestPath parse(String raw) throws Rejected {
        if (raw == null || !raw.startsWith("/")) {
            throw new Rejected("the path must start with /");
        }
        List<String> segments = new ArrayList<>();
        String[] parts = raw.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (parts[i].isEmpty()) {
                if (last) {
                    break; // the trailing slash of a folder URL
                }
                throw new Rejected("empty path segment (//)");
            }
            segments.add(segment(parts[i]));
        }
        return new RequestPath(segments, raw.endsWith("/"));
    }

    private static String segment(String raw) throws Rejected {
        String decoded = utf8(percentDecode(raw));
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '/' || c == '\\') {
                throw new Rejected("escaped slash or backslash in the path");
            }
            if (c < 0x20 || c == 0x7f) {
                throw new Rejected("control character in the path");
            }
        }
        if (decoded.equals(".") || decoded.equals("..")) {
            throw new Rejected("'.' or '..' in the path");
        }
        return decoded;
    }

    private static ByteBuffer percentDecode(String raw) throws Rejected {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new Rejected("truncated percent-escape in the path");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new Rejected("invalid percent-escape in the path");
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c < 0x80) {
                bytes.put((byte) c);
            } else {
                throw new Rejected("unescaped non-ASCII character in the path");
            }
        }
        return bytes.flip();
    }

    /** Strict UTF-8: Java's decoder refuses overlong forms and surrogates, and REPORT makes that an error. */
    private static String utf8(ByteBuffer bytes) throws Rejected {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new Rejected("the path is not valid UTF-8 (overlong or malformed escapes)");
        }
    }
}
