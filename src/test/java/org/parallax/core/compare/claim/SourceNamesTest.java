package org.parallax.core.compare.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.core.compare.claim.SourceNames.Match;

/** Who a quote or a claim is credited to, compared across outlets. */
class SourceNamesTest {

    @Test
    void aSurnameAndTheFullNameAreOnePerson() {
        assertThat(SourceNames.compare("Grant", "Paul Grant")).isEqualTo(Match.SAME);
        assertThat(SourceNames.compare("Mayor Paul Grant", "Paul Grant")).isEqualTo(Match.SAME);
        assertThat(SourceNames.compare("Paul Grant's", "Grant")).isEqualTo(Match.SAME);
    }

    @Test
    void twoPeopleOfOneFamilyDiffer() {
        assertThat(SourceNames.compare("Paul Grant", "Nina Grant")).isEqualTo(Match.DIFFERENT);
        assertThat(SourceNames.compare("Paul Grant", "Tom Ek")).isEqualTo(Match.DIFFERENT);
    }

    @Test
    void aBodyAndItsInitials() {
        assertThat(SourceNames.compare("The Northern Reserve Board (NRB)", "NRB")).isEqualTo(Match.SAME);
        assertThat(SourceNames.compare("Northern Reserve Board", "the NRB Governing Council")).isEqualTo(Match.SAME);
        assertThat(SourceNames.compare("Department of Water Resources", "DWR")).isEqualTo(Match.SAME);
        assertThat(SourceNames.compare("NRB", "Paul Grant")).isEqualTo(Match.DIFFERENT);
    }

    @Test
    void rolesAgainstRoles() {
        assertThat(SourceNames.compare("a spokesman", "the ministry spokesman")).isEqualTo(Match.SAME);
        assertThat(SourceNames.compare("the foreign minister", "the finance minister")).isEqualTo(Match.DIFFERENT);
        assertThat(SourceNames.compare("the president", "the deputy president")).isEqualTo(Match.UNKNOWN);
    }

    @Test
    void aNameAgainstABareRoleOrWordsThatNameNobodyIsUnknown() {
        assertThat(SourceNames.compare("Paul Grant", "a city spokesman")).isEqualTo(Match.UNKNOWN);
        assertThat(SourceNames.compare("Paul Grant", "the lawyer who filed Monday's suit")).isEqualTo(Match.UNKNOWN);
        assertThat(SourceNames.compare("Paul Grant", "reports")).isEqualTo(Match.UNKNOWN);
        assertThat(SourceNames.compare("officials", "the officials")).isEqualTo(Match.SAME);
        assertThat(SourceNames.compare(null, "Paul Grant")).isEqualTo(Match.UNKNOWN);
    }

    @Test
    void whoIdentifiesASpeaker() {
        assertThat(SourceNames.identifies("Paul Grant")).isTrue();
        assertThat(SourceNames.identifies("the deputy mayor")).isTrue();
        assertThat(SourceNames.identifies("the NRB Governing Council")).isTrue();
        assertThat(SourceNames.identifies("reports")).isFalse();
        assertThat(SourceNames.identifies("the outlet")).isFalse();
        assertThat(SourceNames.identifies("the lawyer who filed Monday's suit")).isFalse();
        assertThat(SourceNames.identifies("Interfax")).isFalse();
        assertThat(SourceNames.identifies(null)).isFalse();
    }
}
