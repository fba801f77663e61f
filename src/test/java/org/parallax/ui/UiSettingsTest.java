package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file: what is saved comes back; damaged values fall back one by one; a missing file gives defaults. */
class UiSettingsTest {

    @TempDir
    Path temp;

    @Test
    void theLastViewThemeAndWindowRoundTrip() {
        Path file = temp.resolve("sub/ui.properties");
        UiSettings s = UiSettings.load(file);
        assertThat(s.lastView()).isEqualTo(UiSettings.LastView.LIBRARY);
        s.setTheme(Theme.DARK);
        s.setWindow(new UiSettings.WindowBounds(10, 20, 900, 700, false));
        UiSettings.LastView view = new UiSettings.LastView(Page.COMPARISON, List.of("0136e9118caa93ec", "2fd64e61ddae72be"), 2,
                "\"North Korean\" AND troops", "SpaceWar", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30));
        s.setLastView(view);
        s.save();
        UiSettings back = UiSettings.load(file);
        assertThat(back.theme()).isEqualTo(Theme.DARK);
        assertThat(back.window()).contains(new UiSettings.WindowBounds(10, 20, 900, 700, false));
        assertThat(back.lastView()).isEqualTo(view);

        // "articles without an outlet" is an empty outlet, not "every outlet"
        s.setLastView(new UiSettings.LastView(Page.LIBRARY, List.of(), 0, "", "", null, null));
        s.save();
        assertThat(UiSettings.load(file).lastView().outlet()).isEmpty();
    }

    @Test
    void damagedValuesFallBackOneByOne() throws Exception {
        Path file = temp.resolve("ui.properties");
        Files.writeString(file, """
                theme=DARK
                view.page=SOMETHING_ELSE
                view.compared=0136e9118caa93ec, ../../etc/passwd ,2fd64e61ddae72be,0136e9118caa93ec,
                view.sideTab=lots
                view.query=Kursk
                view.from=2024-13-45
                view.to=2024-11-30
                window.width=oops
                """, StandardCharsets.ISO_8859_1);
        UiSettings s = UiSettings.load(file);
        UiSettings.LastView v = s.lastView();
        assertThat(v.page()).isEqualTo(Page.LIBRARY);
        assertThat(v.comparedIds()).containsExactly("0136e9118caa93ec", "2fd64e61ddae72be");
        assertThat(v.sideTab()).isZero();
        assertThat(v.query()).isEqualTo("Kursk");
        assertThat(v.from()).isNull();
        assertThat(v.to()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(s.window()).isEmpty();

        Files.writeString(file, "view.page=comparison\nview.sideTab=99\n", StandardCharsets.ISO_8859_1);
        assertThat(UiSettings.load(file).lastView().page()).isEqualTo(Page.COMPARISON);
        assertThat(UiSettings.load(file).lastView().sideTab()).isEqualTo(4);

        Files.write(file, new byte[] {0, (byte) 0xff, '\\', 'u', 'z', 'z'});
        assertThat(UiSettings.load(file).lastView()).isEqualTo(UiSettings.LastView.LIBRARY);
        assertThat(UiSettings.load(temp.resolve("missing.properties")).lastView()).isEqualTo(UiSettings.LastView.LIBRARY);
    }
}
