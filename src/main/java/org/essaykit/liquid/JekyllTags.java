package org.essaykit.liquid;

import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.LNode;
import liqp.tags.Tag;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tags Jekyll adds to Liquid that posts use: {@code post_url} and {@code link} (checked: a missing target is an
 * error at the tag), {@code include_cached} (jekyll-include-cache: an include), and the {@code highlight} block,
 * which becomes a fenced code block so that our own highlighting colours it.
 */
final class JekyllTags {

    /** Liquid's tags and Jekyll's, for the hint of an unknown tag. */
    static final List<String> NAMES = List.of("assign", "capture", "case", "comment", "cycle", "for", "if", "unless",
            "raw", "include", "include_relative", "include_cached", "highlight", "post_url", "link", "gist", "avatar", "seo",
            "feed_meta", "github_edit_link");

    private JekyllTags() {
    }

    static List<Tag> all() {
        return List.of(new PostUrl(), new Link(), new PluginTag("gist", "jekyll-gist"),
                new PluginTag("avatar", "jekyll-avatar"), new PluginTag("seo", "jekyll-seo-tag"),
                new PluginTag("feed_meta", "jekyll-feed"), new PluginTag("github_edit_link", "a GitHub plugin"));
    }

    /** Liqp gives a tag its arguments as tokens (spaces dropped); a name or path has none. */
    private static String argument(TemplateContext context, LNode... nodes) {
        StringBuilder text = new StringBuilder();
        for (LNode node : nodes) {
            Object value = node.render(context);
            text.append(value == null ? "" : value.toString());
        }
        return text.toString().strip();
    }

    /** {@code {% post_url 2014-01-01-name %}} (or {@code category/2014-...}): the post's URL, base path included. */
    static final class PostUrl extends Tag {
        PostUrl() {
            super("post_url");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            RenderScope scope = RenderScope.of(context);
            String name = argument(context, nodes);
            String base = name.substring(name.lastIndexOf('/') + 1);
            String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
            List<Path> candidates = new ArrayList<>();
            for (String ext : List.of(".md", ".markdown")) {
                candidates.add(Path.of("_posts", name + ext));
                if (!folder.isEmpty()) {
                    candidates.add(Path.of(folder, "_posts", base + ext));
                }
            }
            Optional<String> url = candidates.stream().map(scope.index()::urlOf).flatMap(Optional::stream).findFirst();
            if (url.isEmpty()) {
                scope.report("post_url", name, "`{% post_url " + name + " %}`: no post `_posts/" + name + ".md`",
                        "name a post by its file name in _posts/ without the extension, e.g. "
                                + "`{% post_url 2014-01-01-my-post %}`");
                return "";
            }
            return url.get();
        }
    }

    /** {@code {% link path/from/the/site/folder.md %}}: the URL of the page made from a file, or of a static file. */
    static final class Link extends Tag {
        Link() {
            super("link");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            RenderScope scope = RenderScope.of(context);
            String path = argument(context, nodes).replaceFirst("^/+", "");
            Optional<String> url = scope.index().urlOf(Path.of(path));
            if (url.isPresent()) {
                return url.get();
            }
            if (scope.siteRoot() != null && Files.isRegularFile(scope.siteRoot().resolve(path))) {
                return scope.index().withBase("/" + path);
            }
            scope.report("link", path, "`{% link " + path + " %}`: no file `" + path + "` in the site",
                    "give the file's path from the site folder, with its extension, e.g. "
                            + "`{% link _posts/2014-01-01-my-post.md %}`");
            return "";
        }
    }

    /**
     * Tags of Jekyll plugins that essaykit does not run, as GitHub Pages' blogs use them: a warning at the tag and
     * nothing in the page ({@code seo} and {@code feed_meta} are done by our theme anyway), or for {@code gist} a
     * link to the gist.
     */
    static final class PluginTag extends Tag {
        private final String plugin;

        PluginTag(String name, String plugin) {
            super(name);
            this.plugin = plugin;
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            RenderScope scope = RenderScope.of(context);
            String argument = argument(context, nodes);
            boolean gist = name.equals("gist") && !argument.isEmpty();
            scope.warn(name, argument, "`{% " + name + " %}` is a tag of " + plugin + ", which essaykit does not run: "
                            + (gist ? "it is a link to the gist" : "it renders nothing"),
                    name.equals("seo") || name.equals("feed_meta") ? "the theme writes these tags itself: remove it"
                            : "write the HTML it stands for instead, or leave it out");
            return gist ? "<a href=\"https://gist.github.com/" + argument + "\">gist " + argument + "</a>" : "";
        }
    }

    /**
     * {@code {% highlight ruby linenos %}...{% endhighlight %}} as a fenced code block in that language, its lines
     * numbered when the tag says {@code linenos} (as {@code ```ruby {linenos=true}}). Marked lines are not drawn:
     * Liqp hands the tag's parameters over without their spaces, so {@code mark_lines="1 2"} cannot be read.
     */
    static final class Highlight extends Block {
        Highlight() {
            super("highlight");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            // Liqp hands the parameters over without their spaces: "ruby linenos" arrives as "rubylinenos".
            String parameters = nodes.length > 1 ? argument(context, nodes[0]) : "";
            String language = parameters.replaceFirst("(linenos|mark_lines|hl_lines).*$", "");
            if (parameters.substring(language.length()).contains("linenos")) {
                language += " {linenos=true}";
            }
            Object body = nodes[nodes.length - 1].render(context);
            String code = (body == null ? "" : body.toString()).replaceAll("^(\\r?\\n)+|\\s+$", "");
            String fence = "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
            return "\n" + fence + language + "\n" + code + "\n" + fence + "\n";
        }

        private static int longestBacktickRun(String text) {
            int longest = 0;
            int run = 0;
            for (int i = 0; i < text.length(); i++) {
                run = text.charAt(i) == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            return longest;
        }
    }
}
