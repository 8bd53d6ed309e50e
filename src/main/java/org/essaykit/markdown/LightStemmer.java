package org.essaykit.markdown;

/**
 * A light English stemmer for search, so that a query finds other forms of its words ("myopia" finds
 * "myopic", "optimizer" finds "optimization"): common suffixes are cut, one at a time, while at least
 * {@value #MIN_STEM} letters remain. It is deliberately small and predictable rather than linguistically
 * exact; both sides use the same cuts, so a word and its query always meet. {@code assets/search.js}
 * repeats these rules for queries, in the same order: change both together.
 */
final class LightStemmer {

    static final int MIN_STEM = 3;

    /** Suffix and what replaces it, tried in this order; the first that fits is cut, then the rules run again. */
    private static final String[][] RULES = {
            {"ically", ""}, {"ations", ""}, {"ation", ""}, {"nesses", ""}, {"ness", ""}, {"ments", ""},
            {"ment", ""}, {"ities", ""}, {"ity", ""}, {"ings", ""}, {"ing", ""}, {"edly", ""}, {"ies", "y"},
            {"ied", "y"}, {"ers", ""}, {"er", ""}, {"ed", ""}, {"es", ""}, {"ic", ""}, {"ia", ""}, {"al", ""},
            {"ly", ""}, {"ive", ""}, {"ion", ""}, {"s", ""}, {"e", ""}};

    private LightStemmer() {
    }

    /** The stem of a lowercase token; tokens with digits are kept whole. */
    static String stem(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return token;
            }
        }
        String word = token;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String[] rule : RULES) {
                if (word.endsWith(rule[0]) && word.length() - rule[0].length() + rule[1].length() >= MIN_STEM) {
                    word = word.substring(0, word.length() - rule[0].length()) + rule[1];
                    cut = true;
                    break;
                }
            }
        }
        return word;
    }
}
