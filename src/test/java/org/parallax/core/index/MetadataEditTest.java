package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.core.article.Metadata;
import org.parallax.core.index.MetadataEdit.Field;

class MetadataEditTest {

    private static final Metadata EDITS = new Metadata("T", "O", "B", "W", "D", LocalDate.of(2024, 1, 2), "U");

    @Test
    void setsAndClearsFieldsLeavingTheOthers() throws Exception {
        Metadata m = MetadataEdit.none().set(Field.TITLE, "New").clear(Field.URL).setPublished(LocalDate.of(2024, 11, 20))
                .applyTo(EDITS);
        assertThat(m).isEqualTo(new Metadata("New", "O", "B", "W", "D", LocalDate.of(2024, 11, 20), null));
        assertThat(MetadataEdit.none().applyTo(EDITS)).isEqualTo(EDITS);
        assertThat(MetadataEdit.none().isEmpty()).isTrue();
        assertThat(MetadataEdit.none().set(Field.WIRE, "AP").applyTo(null)).isEqualTo(Metadata.EMPTY.withOutlet(null)
                .overriddenBy(new Metadata(null, null, null, "AP", null, null, null)));
    }

    @Test
    void theLastWordOnAFieldWins() throws Exception {
        MetadataEdit e = MetadataEdit.none().set(Field.OUTLET, "A").clear(Field.OUTLET);
        assertThat(e.values()).isEmpty();
        assertThat(e.cleared()).containsExactly(Field.OUTLET);
        e = e.set(Field.OUTLET, "B");
        assertThat(e.values()).containsEntry(Field.OUTLET, "B");
        assertThat(e.cleared()).isEmpty();
        assertThat(MetadataEdit.none().set(Field.OUTLET, "  ").cleared()).containsExactly(Field.OUTLET);
        assertThatThrownBy(() -> new MetadataEdit(Map.of(Field.TITLE, "x"), Set.of(Field.TITLE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            title,     TITLE
            Outlet,    OUTLET
            ' wire ',  WIRE
            PUBLISHED, PUBLISHED
            """)
    void fieldsAreNamedIgnoringCase(String name, Field field) {
        assertThat(Field.named(name)).contains(field);
    }

    @Test
    void unknownFieldNamesAreEmpty() {
        assertThat(Field.named("colour")).isEmpty();
        assertThat(Field.named(null)).isEmpty();
    }

    @Test
    void aDateMustBeADate() {
        assertThatThrownBy(() -> MetadataEdit.none().set(Field.PUBLISHED, "Nov 20").applyTo(EDITS))
                .isInstanceOf(LibraryException.class).hasMessageContaining("'Nov 20' is not a publication date");
    }
}
