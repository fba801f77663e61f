package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/** The log line the app writes, set up in code: the layout logback.xml's pattern describes. */
class LogConfiguratorTest {

    @Test
    void linesLookLikeTheXmlPatternAndCarryTheStackTrace() {
        LoggerContext context = new LoggerContext();
        LogConfigurator.Line layout = new LogConfigurator.Line();
        layout.setContext(context);
        layout.start();
        ch.qos.logback.classic.Logger logger = context.getLogger("org.parallax.ui.library.SomeVeryLongClassNameForTheLog");
        LoggingEvent event = new LoggingEvent("x", logger, Level.INFO, "Opened {} articles", null, new Object[] {5});
        event.setThreadName("worker-1");
        String line = layout.doLayout(event);
        assertThat(line).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[worker-1\\] "
                + "o\\.p\\.u\\.l\\.SomeVeryLongClassNameForTheLog - Opened 5 articles\\R");

        LoggingEvent failed = new LoggingEvent("x", logger, Level.ERROR, "Failed", new IllegalStateException("broken"), null);
        failed.setThreadName("main");
        assertThat(layout.doLayout(failed)).contains(" ERROR [main] ", " - Failed", "java.lang.IllegalStateException: broken",
                "\tat org.parallax.LogConfiguratorTest");
    }
}
