package org.essaykit.scaffold;

import org.essaykit.content.Slugs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Writes {@code content/posts/<slug>.md} with front matter for a new post; never overwrites. */
public final class NewPost {

    private NewPost() {
    }

    /**
     * @return the file written, relative to {@code siteRoot}
     * @throws java.nio.file.FileAlreadyExistsException when a post with that slug exists
     */
    public static Path create(Path siteRoot, String title, List<String> tags, boolean draft, LocalDate today)
            throws IOException {
        return create(siteRoot, title, tags, draft, today, "Start writing here.\n");
    }

    /** A new post whose body is {@code body}. */
    static Path create(Path siteRoot, String title, List<String> tags, boolean draft, LocalDate today, String body)
            throws IOException {
        Path relative = Path.of("content", "posts", Slugs.slugify(title) + ".md");
        Path file = siteRoot.resolve(relative);
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder("---\n")
                .append("title: ").append(yamlString(title)).append('\n')
                .append("date: ").append(today).append('\n')
                .append("tags: [").append(tags.stream().map(NewPost::yamlString).collect(Collectors.joining(", ")))
                .append("]\n");
        if (draft) {
            text.append("draft: true\n");
        }
        text.append("description: \"\"\n---\n\n").append(body);
        // CREATE_NEW makes the existence check and the write one step: no race, no overwrite.
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return relative;
    }

    /** A double-quoted YAML scalar, so titles with colons, quotes or leading symbols stay text. */
    static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
