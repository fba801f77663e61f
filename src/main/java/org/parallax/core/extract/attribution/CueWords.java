package org.parallax.core.extract.attribution;

import java.util.Map;
import java.util.Set;

import org.parallax.core.text.Lexicon;

/** The word lists the attribution steps use, all read from the project {@link Lexicon}. */
final class CueWords {

    static final Set<String> AUX = Lexicon.words("auxiliaries");
    static final Set<String> CUE_ADVERBS = Lexicon.words("cue adverbs");
    static final Set<String> SKIP_BEFORE_VERB = Lexicon.words("skipped before verb");
    static final Set<String> DAYS = Lexicon.words("weekdays");
    static final Set<String> MONTHS = Lexicon.words("months");
    static final Set<String> NOUN_CONTEXT = Lexicon.words("noun context");
    static final Set<String> NOUN_CUES = Lexicon.words("noun cues");
    static final Set<String> LIGHT_VERBS = Lexicon.words("light verbs");
    static final Set<String> LIGHT_NOUNS = Lexicon.words("light nouns");
    static final Set<String> TOLD_AUDIENCE = Lexicon.words("told audience");
    static final Set<String> TOLD_EVENTS = Lexicon.words("told events");
    static final Set<String> CLAUSE_BOUNDARY = Lexicon.words("clause boundary");
    static final Set<String> STOP_AFTER = Lexicon.words("stop after inverted verb");
    static final Set<String> LEADING_SKIP = Lexicon.words("leading skip");
    static final Set<String> VERBISH = Lexicon.words("verbish");
    static final Set<String> SPEAKING_HEADS = Lexicon.words("speaking heads");
    static final Set<String> ANON_HEADS = Lexicon.words("anonymous heads");
    static final Set<String> PERSON_ROLES = Lexicon.words("person roles");
    static final Set<String> FEMALE_ROLES = Lexicon.words("female roles");
    static final Set<String> MALE_ROLES = Lexicon.words("male roles");
    static final Set<String> QUANTITY_HEADS = Lexicon.words("quantity heads");
    static final Set<String> MEDIUM_NOUNS = Lexicon.words("medium nouns");
    static final Set<String> SOURCE_PARTICIPLES = Lexicon.words("participles after a source");
    static final Map<String, Set<String>> ROLE_SYNONYMS = Lexicon.table("role synonyms");

    private CueWords() {
    }
}
