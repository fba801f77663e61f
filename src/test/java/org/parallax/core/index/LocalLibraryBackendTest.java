package org.parallax.core.index;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The library contract on the local Lucene library. */
class LocalLibraryBackendTest extends LibraryBackendContract {

    @TempDir
    Path temp;

    @Override
    protected Library emptyLibrary() throws Exception {
        return Library.open(temp.resolve("library"));
    }
}
