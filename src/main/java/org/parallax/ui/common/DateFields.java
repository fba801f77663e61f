package org.parallax.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Every date field of the app: shows dates as ISO ({@code 2023-09-15}, as the CLI and the reports write them) and
 * reads ISO or the locale's own short, medium or long form. A text that is no date is kept in the field, marked
 * with the {@code :invalid} pseudo-class and a tooltip, and the field's value is left as it was: nothing typed is
 * lost and nothing throws.
 */
public final class DateFields {

    /** The one format dates are shown in. */
    public static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private DateFields() {
    }

    /** The date {@code text} writes, in ISO or {@code locale}'s forms; empty for a blank text or no date. */
    public static Optional<LocalDate> parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : readers(locale)) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** {@code date} as shown everywhere ({@code ""} for none). */
    public static String format(LocalDate date) {
        return date == null ? "" : ISO.format(date);
    }

    private static List<DateTimeFormatter> readers(Locale locale) {
        List<DateTimeFormatter> all = new ArrayList<>();
        all.add(ISO);
        all.add(DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));
        for (FormatStyle style : List.of(FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG)) {
            all.add(DateTimeFormatter.ofLocalizedDate(style).withLocale(locale));
        }
        return all;
    }

    /**
     * Makes {@code picker} read and show dates this way.
     *
     * @return true while the field holds text that is no date (the dialogs disable their OK button on it)
     */
    public static BooleanProperty install(DatePicker picker, String invalidMessage) {
        return install(picker, Locale.getDefault(Locale.Category.FORMAT), invalidMessage);
    }

    /** As {@link #install(DatePicker, String)}, reading {@code locale}'s forms. */
    public static BooleanProperty install(DatePicker picker, Locale locale, String invalidMessage) {
        BooleanProperty invalid = new SimpleBooleanProperty(false);
        Tooltip tip = new Tooltip(invalidMessage);
        String[] rejected = {null};
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return rejected[0] != null ? rejected[0] : format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    rejected[0] = null;
                    invalid.set(false);
                    return null;
                }
                Optional<LocalDate> date = parse(text, locale);
                rejected[0] = date.isPresent() ? null : text;
                invalid.set(date.isEmpty());
                return date.orElse(picker.getValue());
            }
        });
        picker.valueProperty().addListener((obs, old, now) -> {
            // a date picked from the calendar or set by code replaces a rejected text
            if (rejected[0] != null && (now != null || parse(picker.getEditor().getText(), locale).isPresent())) {
                rejected[0] = null;
                invalid.set(false);
            }
        });
        picker.getEditor().textProperty().addListener((obs, old, now) ->
                invalid.set(now != null && !now.isBlank() && parse(now, locale).isEmpty()));
        invalid.addListener((obs, was, is) -> {
            picker.pseudoClassStateChanged(INVALID, is);
            picker.getEditor().pseudoClassStateChanged(INVALID, is);
            picker.setTooltip(is ? tip : null);
        });
        picker.setPromptText(picker.getPromptText() == null ? "YYYY-MM-DD" : picker.getPromptText());
        return invalid;
    }

    /**
     * The date in {@code picker}'s text now, whether or not the field has committed it (a dialog's OK pressed
     * straight after typing); empty when the text is blank. Throws nothing: check {@link #install}'s flag for
     * text that is no date.
     */
    public static Optional<LocalDate> typed(DatePicker picker) {
        return typed(picker, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** As {@link #typed(DatePicker)}, reading {@code locale}'s forms. */
    public static Optional<LocalDate> typed(DatePicker picker, Locale locale) {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return parse(text, locale).or(() -> Optional.ofNullable(picker.getValue()));
    }
}
