package org.essaykit.highlight;

import java.util.Map;

/** Shared with the browser test: the samples of {@link LanguagesTest}. */
public final class LanguagesTestSamples {

    public static final Map<String, String[]> SAMPLES = LanguagesTest.SAMPLES;

    private LanguagesTestSamples() {
    }
}
