/**
 * Code highlighting at build time: {@link org.essaykit.highlight.Languages} names the languages (most lexed by
 * RSyntaxTextArea's token makers, used headless; TOML and diff by small lexers of our own) and
 * {@link org.essaykit.highlight.Highlighter} turns a block's code into lines of classed spans. Deterministic:
 * the same code always gives the same spans.
 */
package org.essaykit.highlight;
