package org.kinerja.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where browser tests put their screenshots: {@code target/screenshots} always; with
 * {@code -Dkinerja.screenshots.publish=docs/screenshots} also there, the copies the README shows (so the README's
 * pictures are the ones a test took, refreshed by running the page tests with that property).
 */
public final class Screenshots {

    public static final Path DIR = Path.of("target", "screenshots");
    private static final String PUBLISH = System.getProperty("kinerja.screenshots.publish", "");

    private Screenshots() {
    }

    /** Writes the PNG as {@code target/screenshots/<name>} (and into the publish folder when asked); returns the first. */
    public static Path save(String name, byte[] png) throws IOException {
        Files.createDirectories(DIR);
        Path file = Files.write(DIR.resolve(name), png);
        if (!PUBLISH.isBlank()) {
            Path published = Path.of(PUBLISH);
            Files.createDirectories(published);
            Files.write(published.resolve(name), png);
        }
        return file;
    }
}
