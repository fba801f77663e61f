package org.parallax.ui.library;

import java.nio.file.Path;
import java.util.List;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/**
 * What the File menu asks of the library. Each call blocks (the UI runs it as a task) and returns a short
 * message for the status bar. The real implementation wraps the core's ArticleLoader and Library; until it is
 * wired, {@link #NOT_WIRED} says so.
 */
public interface LibraryActions {

    String importFiles(List<Path> files, Progress progress, Cancellation cancellation) throws Exception;

    String importText(String text, Progress progress, Cancellation cancellation) throws Exception;

    String exportTo(Path file, Progress progress, Cancellation cancellation) throws Exception;

    String resetToSamples(Progress progress, Cancellation cancellation) throws Exception;

    /** Stands in until the core library lands: every action fails with a clear message. */
    LibraryActions NOT_WIRED = new LibraryActions() {
        @Override
        public String importFiles(List<Path> files, Progress progress, Cancellation cancellation) {
            throw new UnsupportedOperationException("The article library is not available in this build yet.");
        }

        @Override
        public String importText(String text, Progress progress, Cancellation cancellation) {
            throw new UnsupportedOperationException("The article library is not available in this build yet.");
        }

        @Override
        public String exportTo(Path file, Progress progress, Cancellation cancellation) {
            throw new UnsupportedOperationException("Export is not available in this build yet.");
        }

        @Override
        public String resetToSamples(Progress progress, Cancellation cancellation) {
            throw new UnsupportedOperationException("The article library is not available in this build yet.");
        }
    };
}
