package org.parallax.ui;

import javafx.application.Application;

/** Starts {@link FixtureDesktopApp} (a main class that is not an Application, so the plain class path works). */
public final class FixtureMain {

    private FixtureMain() {
    }

    public static void main(String[] args) {
        Application.launch(FixtureDesktopApp.class, args);
    }
}
