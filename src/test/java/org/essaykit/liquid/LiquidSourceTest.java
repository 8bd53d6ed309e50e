package org.essaykit.liquid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What Liqp is given of a body written for Ruby's Liquid: the same lines, the same meaning. */
class LiquidSourceTest {

    @Test
    void hyphenatedKeysAreReadAsBracketedKeysOutsideStringsAndRawBlocks() {
        assertEquals("{% if setting[\"version-badge\"] %}x{% endif %} {{ site.data[\"talk-list\"].size }}",
                LiquidSource.forLiqp("{% if setting.version-badge %}x{% endif %} {{ site.data.talk-list.size }}"));
        assertEquals("{% include note.html text=\"a.b-c\" %}",
                LiquidSource.forLiqp("{% include note.html text=\"a.b-c\" %}"), "a string is left as written");
        assertEquals("{% raw %}{{ a.b-c }}{% endraw %} {{ 5 | minus: 2 }}",
                LiquidSource.forLiqp("{% raw %}{{ a.b-c }}{% endraw %} {{ 5 | minus: 2 }}"), "raw stays raw");
        assertEquals("a - b, no markup", LiquidSource.forLiqp("a - b, no markup"));
    }

    @Test
    void includeCachedIsAnIncludeInTheSameColumns() {
        String body = "x\n{%- include_cached note.html text=\"y\" %}\n";
        String read = LiquidSource.forLiqp(body);
        assertEquals("x\n{%- include        note.html text=\"y\" %}\n", read);
        assertEquals(body.length(), read.length());
    }
}
