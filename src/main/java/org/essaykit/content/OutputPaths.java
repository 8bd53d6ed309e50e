package org.essaykit.content;

import org.essaykit.diag.Limits;

import java.nio.charset.StandardCharsets;

/**
 * Whether a URL path from front matter (a permalink, an old URL in {@code aliases}, a slug or tag that becomes a
 * folder) can be a file of the site: inside it, on any file system. Checked where the value is read, so the
 * problem is reported at its key and nothing is ever written outside the site.
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /** What is wrong with {@code url} as a path of the site, or null. */
    static String problem(String url) {
        if (url.startsWith("//")) {
            return "`" + url + "` starts with //, which browsers read as another host, not a path of this site";
        }
        for (String segment : url.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "`" + url + "` has a `" + segment + "` segment, which would name a folder above or instead of "
                        + "its page";
            }
            String name = segmentProblem(segment);
            if (name != null) {
                return "`" + shorten(url) + "` " + name;
            }
        }
        return null;
    }

    /** What is wrong with one segment (a folder or file name), or null. */
    static String segmentProblem(String segment) {
        if (segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return "has a control character or backslash, which no file name can have everywhere";
        }
        if (segment.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            return "has a character that is not valid Unicode (a lone surrogate)";
        }
        int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
        if (Limits.PATH_SEGMENT_BYTES.exceededBy(bytes)) {
            return "has a part of " + bytes + " bytes, longer than a file name may be ("
                    + Limits.PATH_SEGMENT_BYTES.describe() + ")";
        }
        return null;
    }

    static String hint() {
        return "use a path such as `/posts/my-post/`, with parts of letters, digits and - under "
                + Limits.PATH_SEGMENT_BYTES.value() + " bytes; " + Limits.PATH_SEGMENT_BYTES.howToRaise();
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 40) + "\u2026" + text.substring(text.length() - 10);
    }
}
