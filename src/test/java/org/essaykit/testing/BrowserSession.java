package org.essaykit.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One browser test class's Chromium and the servers it reads from, all closed after the class's tests,
 * newest first, even when setting up failed half way:
 * {@code @RegisterExtension static final BrowserSession session = new BrowserSession();}
 */
public final class BrowserSession implements AfterAllCallback {

    private ChromeDriver browser;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    /** Debian's Chromium ({@link Browser#start}), started on the first call. */
    public ChromeDriver browser() throws Exception {
        if (browser == null) {
            browser = Browser.start();
            resources.push(browser::quit);
        }
        return browser;
    }

    /** {@code resource}, to be closed after the class's tests. */
    public <T extends AutoCloseable> T closeAfter(T resource) {
        resources.push(resource);
        return resource;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        browser = null;
        Exception first = null;
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
