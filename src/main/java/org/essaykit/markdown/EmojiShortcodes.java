package org.essaykit.markdown;

import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiManager;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jemoji's {@code :shortcode:} as the Unicode emoji GitHub gives that name (no images), in text only: code spans
 * and blocks keep theirs. For a Jekyll repository whose {@code _config.yml} lists the jemoji plugin. Registered after
 * our dialect: jemoji changes the HTML kramdown made, so heading ids keep the shortcode's letters, as Jekyll's do.
 */
final class EmojiShortcodes implements PostProcessor, Parser.ParserExtension {

    private static final Pattern SHORTCODE = Pattern.compile(":[a-z0-9_+-]+:");

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessor(this);
    }

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                String literal = text.getLiteral();
                if (literal.indexOf(':') >= 0) {
                    text.setLiteral(replaced(literal));
                }
            }
        });
        return document;
    }

    static String replaced(String text) {
        Matcher m = SHORTCODE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            Optional<Emoji> emoji = EmojiManager.getByGithubAlias(m.group());
            if (emoji.isPresent()) {
                out.append(text, last, m.start()).append(emoji.get().getEmoji());
                last = m.end();
            }
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }
}
