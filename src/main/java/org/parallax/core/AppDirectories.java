package org.parallax.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Parallax keeps its data on this platform: {@code $XDG_DATA_HOME/parallax} (default
 * {@code ~/.local/share/parallax}) on Linux, {@code ~/Library/Application Support/Parallax} on macOS and
 * {@code %APPDATA%\Parallax} on Windows; and what it can compute again (the saved stories) in the cache folder:
 * {@code $XDG_CACHE_HOME/parallax} (default {@code ~/.cache/parallax}), {@code ~/Library/Caches/Parallax},
 * {@code %LOCALAPPDATA%\Parallax\Cache}.
 */
public final class AppDirectories {

    private AppDirectories() {
    }

    /** The per-user data directory of this platform. */
    public static Path dataDirectory() {
        return dataDirectory(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    /** The default library: {@code library} inside the data directory. */
    public static Path defaultLibrary() {
        return dataDirectory().resolve("library");
    }

    /** System property naming another cache folder (the tests' own, so they never write into the user's). */
    public static final String CACHE_PROPERTY = "parallax.cacheDirectory";

    /** The per-user cache directory of this platform, or the folder {@value #CACHE_PROPERTY} names. */
    public static Path cacheDirectory() {
        String given = System.getProperty(CACHE_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        return cacheDirectory(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static Path cacheDirectory(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("Parallax").resolve("Cache");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(home, "Library", "Caches", "Parallax");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("parallax");
    }

    static Path dataDirectory(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Parallax");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(home, "Library", "Application Support", "Parallax");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("parallax");
    }
}
