package org.parallax.ui.library;

/** Runs the search at once, where the app waits for typing to stop: for tests that run every task on their thread. */
record AtOnce(Runnable action) implements LibraryViewModel.Debounce {
    @Override
    public void restart() {
        action.run();
    }

    @Override
    public void stop() {
    }
}
