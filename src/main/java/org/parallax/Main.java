package org.parallax;

/** Entry point: no command opens the desktop app; otherwise the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Parallax");
    }
}
