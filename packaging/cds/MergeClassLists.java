import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Joins the class lists of the AppCDS training runs (-XX:DumpLoadedClassList) into one, each line once, in
 * first-seen order. JDK 17's -Xshare:dump crashes on a list that names a lambda proxy twice, which a plain
 * concatenation does. Run by the Maven profile "package" as a source file:
 * {@code java MergeClassLists.java OUT IN...}
 */
public final class MergeClassLists {

    private MergeClassLists() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: java MergeClassLists.java OUT IN...");
        }
        Set<String> lines = new LinkedHashSet<>();
        for (String in : Arrays.copyOfRange(args, 1, args.length)) {
            Path file = Path.of(in);
            if (Files.exists(file)) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
        System.out.printf("%s: %d lines%n", args[0], lines.size());
    }
}
