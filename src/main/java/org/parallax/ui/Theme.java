package org.parallax.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/** The two looks of the app: AtlantaFX Primer light and dark, applied as the user-agent stylesheet. */
public enum Theme {
    LIGHT(new PrimerLight()),
    DARK(new PrimerDark());

    private final atlantafx.base.theme.Theme atlantaTheme;

    Theme(atlantafx.base.theme.Theme atlantaTheme) {
        this.atlantaTheme = atlantaTheme;
    }

    /** Makes this the look of every window; call on the FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(atlantaTheme.getUserAgentStylesheet());
    }

    public String userAgentStylesheet() {
        return atlantaTheme.getUserAgentStylesheet();
    }

    /** The theme named {@code name} (case ignored), else LIGHT. */
    public static Theme parse(String name) {
        if (name != null) {
            for (Theme t : values()) {
                if (t.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                    return t;
                }
            }
        }
        return LIGHT;
    }
}
