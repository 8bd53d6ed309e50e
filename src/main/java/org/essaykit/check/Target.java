package org.essaykit.check;

/** Where one URL of a page points, once resolved against the page's base. */
sealed interface Target {

    /**
     * A file of this site.
     *
     * @param sitePath the percent-decoded path below the site folder, without a leading slash
     *                 ("" is the home page, "posts/" a folder, "about" maybe {@code about.html})
     * @param fragment the fragment as written (not decoded), or null
     */
    record Internal(String sitePath, String fragment) implements Target {
    }

    /** A root-absolute path of this origin that is not under the base path: a 404 once deployed. */
    record OutsideBase(String path) implements Target {
    }

    /** An http(s) URL of another site, for the external pass. */
    record External(Url url) implements Target {
    }

    /** Nothing to check: data:, other schemes, ignored URLs. */
    record Skipped() implements Target {
    }

    /** Wrong on its face, whatever the site holds. */
    record Invalid(Finding.Level level, String rule, String message, String hint) implements Target {
    }
}
