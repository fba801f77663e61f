package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javafx.application.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code --screenshot DIR} renders the main views to PNG without a display (Monocle headless). */
class ScreenshotsTest {

    @Test
    void snapshotPixelsReachThePngUnchanged() throws Exception {
        FxToolkit.registerPrimaryStage();
        javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(3, 2);
        int[] argb = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0x80FFFFFF, 0xFF000000, 0x00000000};
        for (int i = 0; i < argb.length; i++) {
            image.getPixelWriter().setArgb(i % 3, i / 3, argb[i]);
        }
        BufferedImage out = Screenshots.toBufferedImage(image);
        assertThat(out.getWidth()).isEqualTo(3);
        assertThat(out.getHeight()).isEqualTo(2);
        for (int i = 0; i < argb.length; i++) {
            assertThat(out.getRGB(i % 3, i / 3)).as("pixel %d", i).isEqualTo(argb[i]);
        }
    }

    @Test
    void screenshotOptionWritesNonEmptyPngsOfTheMainViews(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        CountDownLatch done = new CountDownLatch(1);
        Path out = dir.resolve("shots");
        Application app = FxToolkit.setupApplication(() -> new FixtureDesktopApp(
                List.of("--screenshot", out.toString(), "--settings", dir.resolve("ui.properties").toString()), done::countDown));
        try {
            assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
            for (String name : List.of("library.png", "claims.png", "claims-dark.png", "comparison.png",
                    "comparison-dark.png", "timeline.png", "shortcuts.png")) {
                Path png = out.resolve(name);
                assertThat(png).exists();
                assertThat(Files.size(png)).isGreaterThan(1000);
                BufferedImage image = ImageIO.read(png.toFile());
                assertThat(image.getWidth()).isGreaterThan(600);
                assertThat(distinctColours(image)).as(name).isGreaterThan(20);
            }
            assertThat(dir.resolve("ui.properties")).as("screenshots leave the settings alone").doesNotExist();
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
