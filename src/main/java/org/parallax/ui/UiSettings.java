package org.parallax.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the desktop app remembers between runs (theme, window size and position, the last view), as a small
 * properties file ({@code ui.properties} in the data directory). A missing or damaged file gives the defaults; a
 * damaged value gives that value's default, the others are kept.
 */
public final class UiSettings {

    private static final Logger LOG = LoggerFactory.getLogger(UiSettings.class);
    public static final String FILE_NAME = "ui.properties";
    /** An article id as the library writes it (hex hash, perhaps with a prefix and underscore). */
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z_\\-]{1,80}");
    private static final int MAX_SIDE_TAB = 4;

    /** A window's place on screen. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /**
     * What was on screen when the app last closed.
     *
     * @param page        the page shown
     * @param comparedIds the ids of the articles in the open comparison (empty if none), in column order
     * @param sideTab     the comparison's tab (0 figures, 1 quotes, 2 attributions, 3 side by side, 4 timeline)
     * @param query       the library's search text ("" for none)
     * @param outlet      the outlet filter, {@code null} for every outlet ("" for articles without one)
     * @param from        the date filter's start, or {@code null}
     * @param to          the date filter's end, or {@code null}
     */
    public record LastView(Page page, List<String> comparedIds, int sideTab, String query, String outlet,
                           LocalDate from, LocalDate to) {

        public static final LastView LIBRARY = new LastView(Page.LIBRARY, List.of(), 0, "", null, null, null);

        public LastView {
            page = page == null ? Page.LIBRARY : page;
            comparedIds = comparedIds == null ? List.of() : List.copyOf(comparedIds);
            sideTab = Math.max(0, sideTab);
            query = query == null ? "" : query;
        }
    }

    private final Path file;
    private Theme theme = Theme.LIGHT;
    private WindowBounds window;
    private LastView lastView = LastView.LIBRARY;

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
        s.lastView = lastView(p, file);
        return s;
    }

    /** The last view, each value read on its own: a damaged one falls back to its default. */
    private static LastView lastView(Properties p, Path file) {
        Page page = Page.LIBRARY;
        String name = p.getProperty("view.page");
        if (name != null) {
            try {
                page = Page.valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring the damaged last page '{}' in {}", name, file);
            }
        }
        List<String> ids = new ArrayList<>();
        for (String id : p.getProperty("view.compared", "").split(",")) {
            String t = id.strip();
            if (ID.matcher(t).matches()) {
                if (!ids.contains(t)) {
                    ids.add(t);
                }
            } else if (!t.isEmpty()) {
                LOG.warn("Ignoring the damaged article id '{}' in {}", t, file);
            }
        }
        int tab = 0;
        String tabText = p.getProperty("view.sideTab");
        if (tabText != null) {
            try {
                tab = Math.max(0, Math.min(MAX_SIDE_TAB, Integer.parseInt(tabText.strip())));
            } catch (NumberFormatException e) {
                LOG.warn("Ignoring the damaged side tab '{}' in {}", tabText, file);
            }
        }
        return new LastView(page, ids, tab, p.getProperty("view.query", ""), p.getProperty("view.outlet"),
                date(p, "view.from", file), date(p, "view.to", file));
    }

    private static LocalDate date(Properties p, String key, Path file) {
        String text = p.getProperty(key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            LOG.warn("Ignoring the damaged date {}='{}' in {}", key, text, file);
            return null;
        }
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
        p.setProperty("view.page", lastView.page().name());
        p.setProperty("view.compared", String.join(",", lastView.comparedIds()));
        p.setProperty("view.sideTab", Integer.toString(lastView.sideTab()));
        p.setProperty("view.query", lastView.query());
        if (lastView.outlet() != null) {
            p.setProperty("view.outlet", lastView.outlet());
        }
        if (lastView.from() != null) {
            p.setProperty("view.from", lastView.from().toString());
        }
        if (lastView.to() != null) {
            p.setProperty("view.to", lastView.to().toString());
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

    /** What was on screen when the app last closed; {@link LastView#LIBRARY} on first run. */
    public LastView lastView() {
        return lastView;
    }

    public void setLastView(LastView lastView) {
        this.lastView = lastView == null ? LastView.LIBRARY : lastView;
    }

    public Path file() {
        return file;
    }
}
