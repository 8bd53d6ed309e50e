package org.essaykit.check;

/** The {@code index}-th URL of a page: enough to tell apart two identical links on one page. */
record LinkAt(ScannedPage page, int index) {

    ScannedPage.Link link() {
        return page.links().get(index);
    }
}
