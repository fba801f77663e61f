package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Metadata;
import org.parallax.core.index.LibraryException;
import org.parallax.core.index.LibraryFilter;
import org.parallax.ui.common.CurrentThreadTasks;
import org.parallax.ui.compare.SeedComparisons;

/**
 * A library that does not answer (a shared library's cluster down or slow), without a display: the list says
 * why with the core's message, nothing is changed, and trying again lists the articles once it answers. And a
 * shared library whose cluster is down when the app starts still opens the window, on the address.
 */
class LibraryUnavailableTest {

    /** What the view model reads; the rest (imports, edits) is not asked while it is down. */
    private static final Set<String> READS = Set.of("list", "count", "page", "outlets", "search", "get");

    @TempDir
    Path temp;

    private CoreLibraryActions real;

    @AfterEach
    void close() {
        if (real != null) {
            real.close();
        }
    }

    /** The real actions, except that every read fails as a shared library that cannot be reached does. */
    private static LibraryActions unreachableWhile(LibraryActions real, boolean[] down) {
        return (LibraryActions) Proxy.newProxyInstance(LibraryActions.class.getClassLoader(),
                new Class<?>[] {LibraryActions.class}, (proxy, method, args) -> {
                    if (down[0] && READS.contains(method.getName())) {
                        throw new LibraryException(LibraryException.Reason.UNAVAILABLE, "The shared library "
                                + "solr://desk:8983/solr/news cannot be reached to list (Connection refused); check "
                                + "that its Solr servers are running and reachable, then try again.");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void theListSaysWhyItCannotBeReadAndTryingAgainListsItOnceTheLibraryAnswers() throws Exception {
        real = CoreLibraryActions.open(temp.resolve("library"), temp.resolve("samples"));
        real.importText("Bridge reopens\n\nThe old bridge over the river reopened on Friday after two years of repairs,"
                + " the city said.", new Metadata("Bridge reopens", "River News", null, null, null,
                LocalDate.of(2024, 5, 3), null));
        real.importText("Market moves\n\nThe weekly market moved to the station square, traders said on Tuesday.",
                new Metadata("Market moves", "Town Post", null, null, null, LocalDate.of(2024, 5, 7), null));
        boolean[] down = {true};
        CurrentThreadTasks tasks = new CurrentThreadTasks();
        LibraryViewModel model = new LibraryViewModel(unreachableWhile(real, down), tasks, SeedComparisons.messages(),
                Runnable::run, AtOnce::new);
        model.start();
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.listingErrorProperty().get()).contains("cannot be reached").contains("try again");
        assertThat(model.articles()).isEmpty();

        down[0] = false;
        model.retry();
        assertThat(model.listingErrorProperty().get()).isEmpty();
        assertThat(model.articles()).extracting(ArticleRow::title).containsExactly("Market moves", "Bridge reopens");
        assertThat(real.count(LibraryFilter.ALL)).as("nothing was lost or added meanwhile").isEqualTo(2);
    }

    @Test
    void aSharedLibraryThatDoesNotAnswerAtStartOpensOnItsAddressAndSaysWhyOnEachRead() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        String address = "solr://127.0.0.1:" + port + "/solr/news";
        real = CoreLibraryActions.open(address, temp.resolve("samples"));
        assertThat(real.status().shared()).isTrue();
        assertThat(real.status().location()).isEqualTo(address);
        assertThat(real.importSamplesIfEmpty((d, t, m) -> { }, () -> false)).as("never samples into a shared one")
                .isEmpty();
        assertThatThrownBy(() -> real.count(LibraryFilter.ALL)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("127.0.0.1:" + port)
                .satisfies(e -> assertThat(((LibraryException) e).reason())
                        .isEqualTo(LibraryException.Reason.UNAVAILABLE));
        assertThatThrownBy(() -> real.page(LibraryFilter.ALL, org.parallax.core.index.LibraryOrder.NEWEST_FIRST, 0,
                10)).isInstanceOf(LibraryException.class).hasMessageContaining("cannot be reached");
    }
}
