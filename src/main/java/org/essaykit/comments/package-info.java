/**
 * Archived comment threads: the reply tree read from {@code <slug>.comments.yaml} beside a post, its
 * validation, its order, and the safe rendering of untrusted comment bodies.
 */
package org.essaykit.comments;
