package org.parallax.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user-facing strings of the desktop app, from {@code org/parallax/ui/messages.properties}. */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    public static final String BUNDLE = "org.parallax.ui.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing message key {}", key);
            return "!" + key + "!";
        }
    }

    /** The message with {@code {0}}, {@code {1}}… replaced as {@link MessageFormat} does. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), bundle.getLocale()).format(args);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
