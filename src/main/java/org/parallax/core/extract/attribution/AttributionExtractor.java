package org.parallax.core.extract.attribution;

import java.util.List;

import org.parallax.core.extract.Attribution;
import org.parallax.core.text.QuoteMarks;
import org.parallax.core.text.QuotedStretch;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.TextSplitter;

/**
 * Finds reported speech and sourcing: one {@link Attribution} per cue ("said", "has estimated", "told reporters",
 * "according to", "citing", "reportedly", "amid reports"…), with its source and the attributed content.
 *
 * <p>Rules, all general: a lexicon of reporting verbs (with auxiliaries and adverbs between them kept in the cue:
 * "have also said"), prepositional cues ("according to", "citing", and the spun "in response to" at the end of a
 * sentence), noun cues ("reports", "warnings"), and cues without a source ("reportedly", "widely believed").
 * The source is the subject before the verb (skipping adverbs, times, appositives and relative clauses), the noun
 * phrase after an inverted verb ('"…," said Rutte'), or the object of "according to"/"citing". Cues inside quoted
 * text are skipped. Sources are resolved through the article: a surname to the full name given earlier,
 * "he"/"she" to the most recent person source, "it" to the most recent organisation, "the Ukrainian leader" by
 * its role, "the officials" to an earlier description with that head noun; role prefixes are split off
 * ("NATO chief Mark Rutte" → "Mark Rutte", role "NATO chief").
 *
 * <p>The work is split into steps over one shared {@link RunState}: {@link CueFinder} finds the cues,
 * {@link SubjectFinder} the phrase naming each cue's source, {@link SourceResolver} resolves it through the
 * article, and {@link NameSplitter} splits role words from names.
 *
 * <p>Thread-safe: all state lives in one call.
 */
public final class AttributionExtractor {

    private final TextSplitter splitter = new TextSplitter();

    public List<Attribution> extract(String body, List<Sentence> sentences) {
        return extract(body, sentences, QuoteMarks.find(body));
    }

    /** As {@link #extract(String, List)}, reusing quoted stretches found already. */
    public List<Attribution> extract(String body, List<Sentence> sentences, List<QuotedStretch> marks) {
        return new CueFinder(new RunState(body, sentences, marks, splitter)).run();
    }
}
