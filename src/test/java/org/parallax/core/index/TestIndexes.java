package org.parallax.core.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/** Looking at and tampering with index folders from tests, with plain Lucene. */
final class TestIndexes {

    private TestIndexes() {
    }

    static Map<String, String> commitData(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir)) {
            return SegmentInfos.readLatestCommit(d).getUserData();
        }
    }

    static long generation(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir)) {
            return SegmentInfos.readLatestCommit(d).getGeneration();
        }
    }

    /** Rewrites the commit user data, as another Parallax version (or another program) would. */
    static void setCommitData(Path dir, Map<String, String> data) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND))) {
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
    }

    /** Every file name with the SHA-256 of its contents. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
