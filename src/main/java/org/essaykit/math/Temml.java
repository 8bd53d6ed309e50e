package org.essaykit.math;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Temml converter (TeX to MathML Core) running in Rhino's interpreter. Loading the bundle takes most of a
 * second, so there is one instance per JVM, made on first use ({@link #shared()}): a build without math never
 * loads it, and {@code serve} loads it once for all its rebuilds. Rhino's objects belong to one thread at a time,
 * so {@link #convert} is synchronized; converting a formula takes about a millisecond once warm, and
 * {@link MathCache} keeps the results.
 */
public final class Temml {

    private static final String BUNDLE = "temml.js";
    /** Frames of interpreted JavaScript: deep enough for any real formula, a clean error for absurd nesting. */
    private static final int MAX_STACK_DEPTH = 2_000;

    private final Scriptable scope;
    private final Function render;

    private Temml() {
        try (Context context = enter()) {
            scope = context.initSafeStandardObjects();
            context.evaluateString(scope, new String(bundleBytes(), StandardCharsets.UTF_8), BUNDLE, 1, null);
            // Untrusted by default (no \href, \style, \class), errors thrown rather than drawn in red.
            render = (Function) context.evaluateString(scope,
                    "(function (tex, display) { return temml.renderToString(tex,"
                            + " {displayMode: display, throwOnError: true, trust: false, strict: false}); })",
                    "essaykit", 1, null);
            ((ScriptableObject) scope).sealObject();
        }
    }

    /** The converter, loaded on the first call. */
    public static Temml shared() {
        return Holder.INSTANCE;
    }

    /** Loaded by the JVM on first use of {@link #shared()}, exactly once, whichever thread gets there first. */
    private static final class Holder {
        static final Temml INSTANCE = new Temml();
    }

    /** {@code tex} as MathML, display (block) or inline. */
    public synchronized TexResult convert(String tex, boolean display) {
        try (Context context = enter()) {
            Object mathml = render.call(context, scope, scope, new Object[] {tex, display});
            return TexResult.ok(MathMlRepair.repair(StyleAttributes.moveToMstyle(Context.toString(mathml))));
        } catch (JavaScriptException e) {
            return parseError(e.getValue());
        } catch (RhinoException e) {
            return TexResult.failed(e.details(), -1);
        } catch (StackOverflowError e) {
            return TexResult.failed("the formula is nested too deeply", -1);
        }
    }

    /** Temml's ParseError: "message at position N: context" with the position 1-based; we keep the message. */
    private static TexResult parseError(Object error) {
        if (!(error instanceof Scriptable object)) {
            return TexResult.failed(Context.toString(error), -1);
        }
        String message = Context.toString(ScriptableObject.getProperty(object, "message")).strip();
        Object position = ScriptableObject.getProperty(object, "position");
        int offset = position instanceof Number number ? number.intValue() : -1;
        int context = message.indexOf(" at position ");
        if (context < 0) {
            context = message.indexOf(" at end of input");
        }
        return TexResult.failed(context < 0 ? message : message.substring(0, context), offset);
    }

    private static Context enter() {
        Context context = Context.enter();
        context.setLanguageVersion(Context.VERSION_ES6);
        context.setInterpretedMode(true);
        context.setMaximumInterpreterStackDepth(MAX_STACK_DEPTH);
        return context;
    }

    private static byte[] bundleBytes() {
        try (InputStream in = Temml.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks org/essaykit/math/" + BUNDLE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A SHA-256 of the converter's bundle (its version and build), without loading it: what cached results depend on. */
    static byte[] bundleDigest() {
        return BundleDigest.DIGEST.clone();
    }

    private static final class BundleDigest {
        static final byte[] DIGEST = digest();

        private static byte[] digest() {
            try {
                return java.security.MessageDigest.getInstance("SHA-256").digest(bundleBytes());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }
    }
}
