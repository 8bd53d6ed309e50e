package org.essaykit.liquid;

import liqp.TemplateContext;
import org.essaykit.content.Document;
import org.essaykit.content.SiteIndex;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.SourcePos;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the tags and filters of one body need beyond Liquid's variables: the document, the site's index (for
 * {@code post_url} and {@code link}), the site folder, the Markdown for {@code markdownify}, and where its problems
 * go. It rides in the variables under a name Liquid cannot write, so that one parser serves every thread.
 */
record RenderScope(Document document, SiteIndex index, Path siteRoot, String siteUrl, UnaryOperator<String> markdownify,
                   List<Diagnostic> problems) {

    /** Not a Liquid name (it starts with a NUL), so no template can read or replace it. */
    private static final String KEY = "\u0000essaykit";

    Map<String, Object> variables(Map<String, Object> site) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("site", site);
        variables.put("page", LiquidVariables.page(document));
        variables.put(KEY, this);
        return variables;
    }

    static RenderScope of(TemplateContext context) {
        return (RenderScope) context.get(KEY);
    }

    /**
     * Reports a problem of a tag at the first place in the body where the tag is written with that argument (Liqp
     * tells a tag its arguments, not where it stands), else at the start of the body.
     */
    void report(String tag, String argument, String message, String hint) {
        problems.add(Diagnostic.error(positionOf(tag, argument), message, hint));
    }

    void warn(String tag, String argument, String message, String hint) {
        problems.add(Diagnostic.warning(positionOf(tag, argument), message, hint));
    }

    private SourcePos positionOf(String tag, String argument) {
        String body = document.body();
        String opening = "\\{%-?\\s*" + Pattern.quote(tag) + "\\s+";
        Matcher m = Pattern.compile(opening + Pattern.quote(argument)).matcher(body);
        if (!m.find()) {
            m = Pattern.compile(opening).matcher(body);
            if (!m.find()) {
                return document.bodyPosition(1, 1);
            }
        }
        SourcePos inBody = SourcePos.atOffset(document.source(), body, m.start());
        return document.bodyPosition(inBody.line(), inBody.column());
    }
}
