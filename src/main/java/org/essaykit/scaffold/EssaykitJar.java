package org.essaykit.scaffold;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The essaykit jar a new site carries as {@value #IN_SITE}, like a build tool's wrapper: essaykit is not published
 * anywhere, so the site's Pages workflow builds with this copy, the very version the author previews with.
 */
public record EssaykitJar(Path file) {

    /** Where a site keeps its jar, relative to the site folder. */
    public static final String IN_SITE = ".essaykit/essaykit.jar";

    private static final String MAIN_CLASS = "org.essaykit.Main";
    private static final String HOW_TO_BUILD = "build it with `mvn -B -ntp -q package -DskipTests` and run "
            + "`java -jar target/essaykit.jar init DIR`, or name a jar with --tool PATH";

    /** The jar this essaykit runs from; an error when it runs from class folders (a development run). */
    public static EssaykitJar running() throws IOException {
        CodeSource source = EssaykitJar.class.getProtectionDomain().getCodeSource();
        Path location;
        try {
            location = source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            location = null;
        }
        if (location == null || !Files.isRegularFile(location)) {
            throw new IOException("essaykit init needs to run from essaykit.jar, which it copies into the new site, "
                    + "but this essaykit runs from " + (location == null ? "an unknown place" : location)
                    + "; " + HOW_TO_BUILD);
        }
        return of(location);
    }

    /** {@code file}, checked to be an essaykit jar: a jar whose manifest starts essaykit. */
    public static EssaykitJar of(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a file; " + HOW_TO_BUILD);
        }
        String mainClass;
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest manifest = jar.getManifest();
            mainClass = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
        } catch (IOException e) {
            throw new IOException(file + " is not a jar (" + e.getMessage() + "); " + HOW_TO_BUILD, e);
        }
        if (!MAIN_CLASS.equals(mainClass)) {
            throw new IOException(file + " is not an essaykit jar: its manifest's Main-Class is " + mainClass
                    + ", not " + MAIN_CLASS + "; " + HOW_TO_BUILD);
        }
        return new EssaykitJar(file);
    }

    /** Copies the jar to {@value #IN_SITE} in {@code site}. */
    void copyInto(Path site) throws IOException {
        Path target = site.resolve(IN_SITE);
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
    }
}
