package org.parallax.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void anArticleWithoutAnOutletIsToldApartByItsPlaceInTheComparison() {
        assertThat(Metadata.outletOrNumber(null, 0)).isEqualTo("Outlet not stated (article 1)");
        assertThat(Metadata.outletOrNumber("  ", 3)).isEqualTo("Outlet not stated (article 4)");
        assertThat(Metadata.outletOrNumber(" Daily Example ", 3)).isEqualTo("Daily Example");
    }

    @Test
    void overriddenByKeepsTheEditedFieldsAndFillsTheRest() {
        Metadata imported = Metadata.EMPTY.withTitle("Imported title").withOutlet("Imported outlet");
        Metadata edits = Metadata.EMPTY.withOutlet("Edited outlet");
        Metadata shown = imported.overriddenBy(edits);
        assertThat(shown.title()).isEqualTo("Imported title");
        assertThat(shown.outlet()).isEqualTo("Edited outlet");
    }
}
