package org.essaykit.markdown;

/** A heading as a preview shows it: its text and the opening of the paragraph under it (may be empty). */
public record Section(String title, String lead) {
}
