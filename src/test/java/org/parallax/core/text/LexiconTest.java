package org.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lexicon's files load, and their verbs and columns keep the documented format. */
class LexiconTest {

    private static final Set<String> COLUMNS = Set.of("invert", "noun", "blame", "cognitive", "audience",
            "particle", "needs", "ing-after", "s-form-after", "not-after", "ing-preposition", "by-agent");

    @Test
    void everyVerbHasFormsAndOnlyDocumentedColumns() {
        assertThat(Lexicon.speechVerbs()).isNotEmpty();
        for (Lexicon.SpeechVerb v : Lexicon.speechVerbs()) {
            assertThat(v.forms()).as(v.lemma()).isNotEmpty();
            assertThat(COLUMNS).as(v.lemma()).containsAll(v.columns().keySet());
            if (v.has("particle")) {
                assertThat(v.values("particle")).as(v.lemma()).isNotEmpty();
            }
        }
    }

    @Test
    void formsLeadToTheirVerb() {
        assertThat(Lexicon.speechVerb("said").lemma()).isEqualTo("say");
        assertThat(Lexicon.speechVerb("told").has("audience")).isTrue();
        assertThat(Lexicon.speechVerb("bridge")).isNull();
    }

    @Test
    void namedListsAndTablesLoad() {
        assertThat(Lexicon.words("weekdays")).contains("monday").hasSize(7);
        assertThat(Lexicon.words("months")).contains("may").hasSize(12);
        assertThat(Lexicon.table("role synonyms").get("minister")).contains("secretary");
        assertThat(Lexicon.sourcingPhrases()).anyMatch(p -> p.words().equals(java.util.List.of("according", "to")));
    }
}
