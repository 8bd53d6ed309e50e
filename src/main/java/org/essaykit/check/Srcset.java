package org.essaykit.check;

import java.util.ArrayList;
import java.util.List;

/** The URLs of a {@code srcset}, parsed as the HTML standard does (URLs may hold commas). */
final class Srcset {

    private Srcset() {
    }

    static List<String> urls(String srcset) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String url = srcset.substring(start, i);
            boolean endsCandidate = url.endsWith(",");
            url = url.replaceAll(",+$", "");
            if (!url.isEmpty()) {
                urls.add(url);
            }
            if (!endsCandidate) {
                i = skipDescriptors(srcset, i);
            }
        }
        return urls;
    }

    /** Skips "2x" or "640w" up to the comma that ends the candidate; commas inside parentheses do not. */
    private static int skipDescriptors(String s, int i) {
        int depth = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i + 1;
            }
        }
        return i;
    }
}
