package org.parallax.ui;

/** What the centre of the main window shows. */
public enum Page {
    LIBRARY,
    COMPARISON
}
