package org.parallax.core.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.parallax.core.article.Format;

/** Which files an import of some paths covers. */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * The article files under {@code paths}, sorted by path, without duplicates. Folders are walked recursively; in
     * them only files with a extension Parallax reads ({@link Format}) are taken, while
     * sidecars ({@code *.meta.json}) and hidden files and folders (names starting with a dot) are skipped.
     * A file named directly is kept whatever its extension (unless it is a sidecar or hidden), so that the
     * import reports an unsupported type by name instead of ignoring it silently.
     *
     * @throws IOException if a named path does not exist or a folder cannot be walked
     */
    public static List<Path> collect(List<Path> paths) throws IOException {
        return collect(paths, true);
    }

    /**
     * Every file under {@code paths}, as {@link #collect} but whatever its extension: what an import reports on,
     * one line a file, so that a file Parallax does not read is named with that reason instead of passed over.
     * Sidecars and hidden files and folders are still left out. The folder a browser saves beside a page
     * ({@code NAME_files} next to {@code NAME.html} or {@code .htm}: its images, styles, scripts and frames) is
     * listed as itself, once, instead of file by file.
     *
     * @throws IOException if a named path does not exist or a folder cannot be walked
     */
    public static List<Path> collectAll(List<Path> paths) throws IOException {
        return collect(paths, false);
    }

    private static List<Path> collect(List<Path> paths, boolean articlesOnly) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> !hiddenBelow(p, f))
                            .filter(f -> articlesOnly ? Files.isRegularFile(f)
                                    : Files.isRegularFile(f) && savedPageFolderAbove(p, f) == null
                                    || !f.equals(p) && isSavedPageFolder(f) && savedPageFolderAbove(p, f) == null)
                            .filter(f -> !Sidecar.isSidecar(f))
                            .filter(f -> !articlesOnly || Format.ofFileName(f.getFileName().toString()).isPresent())
                            .forEach(out::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else if (Files.exists(p)) {
                if (!Sidecar.isSidecar(p) && !hidden(p)) {
                    out.add(p);
                }
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
            }
        }
        List<Path> sorted = new ArrayList<>(out);
        sorted.sort(null);
        return sorted;
    }

    /**
     * True for the folder a browser's "save page, complete" writes beside the page: {@code NAME_files} next to
     * {@code NAME.html} or {@code NAME.htm}.
     */
    public static boolean isSavedPageFolder(Path folder) {
        Path name = folder.getFileName();
        if (name == null || !name.toString().endsWith("_files") || !Files.isDirectory(folder)) {
            return false;
        }
        String page = name.toString().substring(0, name.toString().length() - "_files".length());
        Path parent = folder.getParent() == null ? Path.of("") : folder.getParent();
        return Files.isRegularFile(parent.resolve(page + ".html")) || Files.isRegularFile(parent.resolve(page + ".htm"));
    }

    /** The saved-page folder (see {@link #isSavedPageFolder}) between {@code root} and {@code file}, or null. */
    private static Path savedPageFolderAbove(Path root, Path file) {
        if (file == null) {
            return null;
        }
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            if (isSavedPageFolder(dir)) {
                return dir;
            }
        }
        return null;
    }

    private static boolean hiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** True for an existing regular file in a format Parallax reads (not a sidecar): what "open with" may pass. */
    public static boolean isArticleFile(Path file) {
        return Files.isRegularFile(file) && !Sidecar.isSidecar(file)
                && Format.ofFileName(file.getFileName().toString()).isPresent();
    }
}
