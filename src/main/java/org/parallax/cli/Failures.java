package org.parallax.cli;

import org.parallax.core.index.LibraryException;
import org.parallax.core.ingest.IngestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns failures into one clear line on stderr: the core's own exceptions carry a message for people;
 * anything else is a bug, logged with its stack trace and reported in one line.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    static final int FAILED = 1;
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (e instanceof LibraryException || e instanceof IngestException || e instanceof UserError) {
            LOG.info("command failed: {}", e.getMessage(), e);
            cl.getErr().println("parallax: " + e.getMessage());
        } else {
            LOG.error("unexpected failure", e);
            cl.getErr().println("parallax: unexpected error: " + e + " (details in the log, "
                    + System.getProperty("parallax.log.dir", "see the data directory") + ")");
        }
        return FAILED;
    }

    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("parallax: " + e.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
        return USAGE;
    }

    /** A mistake of the user's (unknown id, bad date…), reported as its message alone. */
    static final class UserError extends Exception {
        UserError(String message) {
            super(message);
        }
    }
}
