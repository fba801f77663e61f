package org.parallax.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.parallax.cli.ParallaxCommand;

/** Runs the command line in this JVM, capturing its output. */
final class Cli {

    record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ParallaxCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static List<String> lines(String s) {
        return new ArrayList<>(s.lines().filter(l -> !l.isBlank()).toList());
    }
}
