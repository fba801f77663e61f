package org.parallax.core.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parallax.core.AppDirectories;
import org.parallax.core.article.Format;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample articles shipped with Parallax (the repository's {@code seeds/} folder, bundled as the resources
 * {@code org/parallax/seeds/}): the articles, their {@code .meta.json} sidecars and the README. They are copied
 * to a real folder before import so that the library's source paths point at files that stay; this works from
 * a folder of classes and from the packaged jar (read through a zip file system).
 */
public final class SampleArticles {

    private static final Logger LOG = LoggerFactory.getLogger(SampleArticles.class);

    /** Where the samples lie among the resources. */
    public static final String RESOURCE_FOLDER = "org/parallax/seeds";
    private static final String MARKER = RESOURCE_FOLDER + "/README";

    private SampleArticles() {
    }

    /** The folder the desktop app copies the samples to by default: {@code samples} in the data directory. */
    public static Path defaultDirectory() {
        return AppDirectories.dataDirectory().resolve("samples");
    }

    /** True when the samples are bundled with this build. */
    public static boolean available() {
        return SampleArticles.class.getClassLoader().getResource(MARKER) != null;
    }

    /**
     * Copies every bundled sample file into {@code dir} (created if needed; files of the same name replaced)
     * and returns the copied article files, sorted by name, ready for the importer.
     *
     * @throws IOException when the samples are not bundled or cannot be copied
     */
    public static List<Path> copyTo(Path dir) throws IOException {
        return copyTo(dir, SampleArticles.class.getClassLoader());
    }

    /** As {@link #copyTo(Path)}, reading the resources through {@code loader}. */
    public static List<Path> copyTo(Path dir, ClassLoader loader) throws IOException {
        URL marker = loader.getResource(MARKER);
        if (marker == null) {
            throw new IOException("The sample articles are not bundled with this build of Parallax ("
                    + MARKER + " is missing).");
        }
        URI uri;
        try {
            uri = marker.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("Cannot locate the sample articles at " + marker, e);
        }
        Files.createDirectories(dir);
        if ("jar".equals(uri.getScheme())) {
            FileSystem zip;
            boolean opened;
            try {
                zip = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                zip = FileSystems.getFileSystem(uri);
                opened = false;
            }
            try {
                return copyFolder(zip.getPath("/" + RESOURCE_FOLDER), dir);
            } finally {
                if (opened) {
                    zip.close();
                }
            }
        }
        return copyFolder(Path.of(uri).getParent(), dir);
    }

    private static List<Path> copyFolder(Path from, Path to) throws IOException {
        List<Path> articles = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(from)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path copy = to.resolve(name);
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            if (!Sidecar.isSidecar(copy) && Format.ofFileName(name).isPresent()) {
                articles.add(copy);
            }
        }
        LOG.info("Copied {} sample articles to {}", articles.size(), to);
        return List.copyOf(articles);
    }
}
