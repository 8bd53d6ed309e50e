package org.essaykit.live;

import org.essaykit.content.ContentLoader;
import org.essaykit.output.StaticFiles;
import org.essaykit.render.Templates;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an edit changed, sorted once from the paths the watcher reported; each live stage reads the part it needs.
 *
 * @param everything the config, a data file or a folder changed (or this is the first build): everything is read
 * @param documents  source paths (relative to the site root) of the Markdown files read again, added or removed
 * @param threads    a comment thread file was added, changed or removed
 * @param templates  a template changed: every page is planned and rendered again
 * @param files      site paths of the other files of content/ and of the theme's assets that changed: the
 *                   documents showing one of them as an image render again
 */
record SourceChange(boolean everything, Set<Path> documents, boolean threads, boolean templates, Set<String> files) {

    SourceChange {
        documents = Set.copyOf(documents);
        files = Set.copyOf(files);
    }

    static SourceChange all() {
        return new SourceChange(true, Set.of(), true, true, Set.of());
    }

    /** @param update what the live source made of the paths; {@code changed} the absolute paths of the edit */
    static SourceChange of(Path root, Set<Path> changed, LiveSource.Update update) {
        if (update.reloadNeeded()) {
            return all();
        }
        Path templatesDir = root.resolve(Templates.TEMPLATES_DIR);
        Path assets = root.resolve(StaticFiles.THEME_ASSETS);
        Path content = root.resolve(ContentLoader.CONTENT_DIR);
        boolean templates = false;
        Set<String> files = new TreeSet<>();
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            // Theme assets are copied, not rendered, unless a template includes one.
            templates |= file.startsWith(templatesDir)
                    && (!file.startsWith(assets) || file.getFileName().toString().endsWith(".html"));
            if (file.startsWith(content) && !file.toString().endsWith(".md")) {
                files.add(slashes(content.relativize(file)));
            } else if (file.startsWith(assets)) {
                files.add("assets/" + slashes(assets.relativize(file)));
            }
        }
        return new SourceChange(false, update.documents(), update.threads(), templates, files);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
