package org.parallax.core.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parallax.core.article.Metadata;

/**
 * A change the user makes to an article's metadata. For each {@link Field} it either leaves the field
 * alone, <em>sets</em> a value, or <em>clears</em> the user's earlier edit so that the imported value shows
 * again. Edits are kept apart from imported metadata, so they survive re-importing the article.
 *
 * <pre>{@code
 * MetadataEdit.none().set(Field.OUTLET, "UPI").clear(Field.TITLE)
 * }</pre>
 *
 * @param values  fields to set, with their new values ({@code published} as an ISO date, 2024-11-20)
 * @param cleared fields whose user edit is dropped
 */
public record MetadataEdit(Map<Field, String> values, Set<Field> cleared) {

    /** The metadata fields a user can edit. */
    public enum Field {
        TITLE, OUTLET, BYLINE, WIRE, DATELINE, PUBLISHED, URL;

        /** The field with this name, ignoring case ("title", "Outlet"). */
        public static Optional<Field> named(String name) {
            if (name == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    public MetadataEdit {
        values = values == null || values.isEmpty() ? Map.of() : Map.copyOf(values);
        cleared = cleared == null || cleared.isEmpty() ? Set.of() : Set.copyOf(cleared);
        for (Field f : cleared) {
            if (values.containsKey(f)) {
                throw new IllegalArgumentException(f + " is both set and cleared");
            }
        }
    }

    /** An edit that changes nothing, to start from. */
    public static MetadataEdit none() {
        return new MetadataEdit(Map.of(), Set.of());
    }

    /** This edit, also setting {@code field} to {@code value}; a null or blank value clears instead. */
    public MetadataEdit set(Field field, String value) {
        if (value == null || value.isBlank()) {
            return clear(field);
        }
        Map<Field, String> v = new EnumMap<>(Field.class);
        v.putAll(values);
        v.put(field, value.strip());
        Set<Field> c = cleared.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(cleared);
        c.remove(field);
        return new MetadataEdit(v, c);
    }

    /** This edit, also setting the publication date; null clears instead. */
    public MetadataEdit setPublished(LocalDate date) {
        return set(Field.PUBLISHED, date == null ? null : date.toString());
    }

    /** This edit, also dropping the user's edit of {@code field}, so the imported value shows again. */
    public MetadataEdit clear(Field field) {
        Map<Field, String> v = new EnumMap<>(Field.class);
        v.putAll(values);
        v.remove(field);
        Set<Field> c = cleared.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(cleared);
        c.add(field);
        return new MetadataEdit(v, c);
    }

    public boolean isEmpty() {
        return values.isEmpty() && cleared.isEmpty();
    }

    /**
     * The user's edits after this change, given the edits so far.
     *
     * @throws LibraryException when the publication date is not an ISO date
     */
    Metadata applyTo(Metadata edits) throws LibraryException {
        Metadata m = edits == null ? Metadata.EMPTY : edits;
        for (Field f : cleared) {
            m = with(m, f, null);
        }
        for (Map.Entry<Field, String> e : values.entrySet()) {
            m = with(m, e.getKey(), e.getValue());
        }
        return m;
    }

    private static Metadata with(Metadata m, Field f, String v) throws LibraryException {
        return switch (f) {
            case TITLE -> new Metadata(v, m.outlet(), m.byline(), m.wire(), m.dateline(), m.published(), m.url());
            case OUTLET -> new Metadata(m.title(), v, m.byline(), m.wire(), m.dateline(), m.published(), m.url());
            case BYLINE -> new Metadata(m.title(), m.outlet(), v, m.wire(), m.dateline(), m.published(), m.url());
            case WIRE -> new Metadata(m.title(), m.outlet(), m.byline(), v, m.dateline(), m.published(), m.url());
            case DATELINE -> new Metadata(m.title(), m.outlet(), m.byline(), m.wire(), v, m.published(), m.url());
            case PUBLISHED -> new Metadata(m.title(), m.outlet(), m.byline(), m.wire(), m.dateline(), date(v), m.url());
            case URL -> new Metadata(m.title(), m.outlet(), m.byline(), m.wire(), m.dateline(), m.published(), v);
        };
    }

    private static LocalDate date(String v) throws LibraryException {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new LibraryException(LibraryException.Reason.INVALID_INPUT,
                    "'" + v + "' is not a publication date; write it as year-month-day, like 2024-11-20.", e);
        }
    }
}
