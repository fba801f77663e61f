package org.parallax.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the desktop app remembers between runs (theme, window size and position), as a small properties file
 * ({@code ui.properties} in the data directory). A missing or damaged file gives the defaults.
 */
public final class UiSettings {

    private static final Logger LOG = LoggerFactory.getLogger(UiSettings.class);
    public static final String FILE_NAME = "ui.properties";

    /** A window's place on screen. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;
    private Theme theme = Theme.LIGHT;
    private WindowBounds window;

    private UiSettings(Path file) {
        this.file = file;
    }

    /** The settings in {@code file}, or defaults if it is missing or unreadable. */
    public static UiSettings load(Path file) {
        UiSettings s = new UiSettings(file);
        if (!Files.isRegularFile(file)) {
            return s;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            s.theme = Theme.parse(p.getProperty("theme"));
            if (p.getProperty("window.width") != null) {
                s.window = new WindowBounds(
                        Double.parseDouble(p.getProperty("window.x", "0")), Double.parseDouble(p.getProperty("window.y", "0")),
                        Double.parseDouble(p.getProperty("window.width")), Double.parseDouble(p.getProperty("window.height", "800")),
                        Boolean.parseBoolean(p.getProperty("window.maximized", "false")));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable UI settings {}", file, e);
        }
        return s;
    }

    /** Writes the settings (via a temporary file, so a crash never leaves half a file); failures are logged. */
    public void save() {
        Properties p = new Properties();
        p.setProperty("theme", theme.name());
        if (window != null) {
            p.setProperty("window.x", Double.toString(window.x()));
            p.setProperty("window.y", Double.toString(window.y()));
            p.setProperty("window.width", Double.toString(window.width()));
            p.setProperty("window.height", Double.toString(window.height()));
            p.setProperty("window.maximized", Boolean.toString(window.maximized()));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Parallax desktop settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save UI settings to {}", file, e);
        }
    }

    public Theme theme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme == null ? Theme.LIGHT : theme;
    }

    public Optional<WindowBounds> window() {
        return Optional.ofNullable(window);
    }

    public void setWindow(WindowBounds window) {
        this.window = window;
    }

    public Path file() {
        return file;
    }
}
