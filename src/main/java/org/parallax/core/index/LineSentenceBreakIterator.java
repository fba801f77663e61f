package org.parallax.core.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Locale;

/**
 * Sentences that never run across a line break. Java's sentence iterator joins a line without final
 * punctuation (a crosshead, a dateline) to the next sentence; article bodies keep one paragraph a line, so
 * here every line break is also a boundary. Works by handing the sentence iterator the text with line breaks
 * turned into paragraph separators (U+2029), one char for one char, so offsets are unchanged.
 */
final class LineSentenceBreakIterator extends BreakIterator {

    private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    private CharacterIterator text = new StringCharacterIterator("");

    @Override
    public void setText(String newText) {
        text = new StringCharacterIterator(newText);
        sentences.setText(newText.replace('\n', '\u2029').replace('\r', '\u2029'));
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder s = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            s.append(c);
        }
        setText(s.toString());
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        return sentences.first();
    }

    @Override
    public int last() {
        return sentences.last();
    }

    @Override
    public int next(int n) {
        return sentences.next(n);
    }

    @Override
    public int next() {
        return sentences.next();
    }

    @Override
    public int previous() {
        return sentences.previous();
    }

    @Override
    public int following(int offset) {
        return sentences.following(offset);
    }

    @Override
    public int preceding(int offset) {
        return sentences.preceding(offset);
    }

    @Override
    public boolean isBoundary(int offset) {
        return sentences.isBoundary(offset);
    }

    @Override
    public int current() {
        return sentences.current();
    }
}
