package org.parallax.ui;

import java.util.List;
import javafx.application.Application;
import org.parallax.ui.compare.SeedComparisons;

/**
 * The desktop app opened on a comparison of three real seed articles (the test fixture standing in for the
 * comparer). Run it for a look: {@code java -cp target/classes:target/test-classes:<test classpath>
 * org.parallax.ui.FixtureMain} (under Xvfb for screenshots).
 */
public class FixtureDesktopApp extends DesktopApp {

    public FixtureDesktopApp() {
        super();
    }

    public FixtureDesktopApp(List<String> args, Runnable afterScreenshots) {
        super(args, afterScreenshots);
    }

    @Override
    protected void afterContext(AppContext context) {
        context.comparison().setModel(SeedComparisons.threeOutlets());
        context.main().pageProperty().set(Page.COMPARISON);
    }

    public static void main(String[] args) {
        Application.launch(FixtureDesktopApp.class, args);
    }
}
