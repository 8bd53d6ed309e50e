package org.essaykit.pipeline;

import org.essaykit.content.LoadOptions;

import java.nio.file.Path;

/**
 * @param source the site folder (with content/ and templates/)
 * @param out    where the site is written; replaced only by a build without errors
 * @param check  run the offline link checker over the finished site before writing it
 * @param strict every warning is an error ({@code --strict})
 */
public record BuildRequest(Path source, Path out, LoadOptions load, boolean check, boolean strict) {

    public BuildRequest(Path source, Path out, LoadOptions load) {
        this(source, out, load, false);
    }

    public BuildRequest(Path source, Path out, LoadOptions load, boolean check) {
        this(source, out, load, check, false);
    }
}
