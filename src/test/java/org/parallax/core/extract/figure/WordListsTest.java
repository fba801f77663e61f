package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The word-list format and the shipped lists: every section the extractor reads is present and well-formed. */
class WordListsTest {

    @Test
    void parsesSectionsCommentsWordsAndPairs() {
        WordLists w = WordLists.parse("test", List.of("# a comment", "", "[a]", "x, y", "z", "[b]", "half = 2",
                "tenth = 1/10"));
        assertThat(w.words("a")).containsExactlyInAnyOrder("x", "y", "z");
        assertThat(w.numbers("b")).containsEntry("half", 2.0).containsEntry("tenth", 0.1);
        assertThatThrownBy(() -> w.lines("c")).hasMessageContaining("[c]");
    }

    @Test
    void theShippedListsLoad() {
        assertThat(FigureWords.ONES).containsEntry("nineteen", 19).doesNotContainKey("twenty");
        assertThat(FigureWords.TENS).containsEntry("ninety", 90);
        assertThat(FigureWords.DIGIT_SCALES).containsEntry("bn", 1e9).containsEntry("million", 1e6);
        assertThat(FigureWords.QUALIFIERS[0]).hasSize(3);
        assertThat(Units.lookup("per cent").name()).isEqualTo("percent");
        assertThat(Units.lookup("hours").factor()).isEqualTo(1.0 / 24);
        assertThat(Units.PREFIX.get("$").currency()).isEqualTo("USD");
        assertThat(Nouns.kind("servicemen")).isEqualTo("troop");
    }
}
