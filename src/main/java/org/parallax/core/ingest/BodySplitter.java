package org.parallax.core.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates an article's body from the page furniture around it. The rules are generic, not a list of any
 * site's sentences:
 * <ul>
 *   <li><b>Shape.</b> Each block is <em>prose</em> (8+ words ending like a sentence, or 20+ words),
 *       <em>short</em> (headlines, labels, crossheads, bylines) or a <em>cue</em>. A cue is a short line from a
 *       generic furniture vocabulary (related, read also, subscribe, newsletter, share, tweet, follow us,
 *       advertisement, comments, about the author, tags, copyright, cookies, donate/patron…) or a line of any
 *       length with a strong marker (a copyright notice, "all rights reserved", "... read more" teasers,
 *       "(Visited N times…)"), or three site-notice markers (cookie consent, GDPR, privacy policy, advertising,
 *       "subscribe to our newsletter"; one is enough in a short line that is not a sentence), and short reader appeals (two appeal
 *       words such as subscribe, newsletter, donate, "join our", "this page" in up to 30 words). Cues are <em>ending</em> cues (related content, comments,
 *       about the author, copyright…) or <em>inline</em> ones (read also, advertisement, share, newsletter
 *       boxes) that pages also put inside a story.</li>
 *   <li><b>Line furniture</b> ({@link LineFurniture}: ad markers, related-link lines, captions and credits, date
 *       lines, widgets; a caption and its copy; a "Related" heading over marked links) is set aside where it
 *       stands: it cuts no segment and widens no gap, so a link block or an ad in the middle never ends the
 *       body. A gap made only of cues and line furniture is crossed whenever the prose after it makes no
 *       reader appeal. A page cut off mid-sentence keeps its last, sentence-like block.</li>
 *   <li><b>Position.</b> Blocks are cut into segments at every other cue and at every run of four or more short
 *       lines (headline lists). The body's core is the segment with the most prose. A following segment
 *       joins the body when what separates them holds no ending cue and its prose makes no reader appeal
 *       (subscribe, donate, "join our community"…), and either the gap is a cue-less run of at most nine
 *       short lines with fewer than three headline-like ones (a list, crossheads), or the segment continues
 *       the story: a fifth of its content words are the body's. A preceding segment needs the latter. Cue lines crossed this way become furniture; short lines inside the body
 *       (crossheads, a second wire story's headline) stay in it.</li>
 *   <li><b>Header.</b> If, within the first prose paragraphs, a header marker follows (a repeated headline,
 *       a lone date, a byline, a dateline line), what precedes it is a summary and the body starts after it.</li>
 *   <li>The body runs from its first to its last prose block, plus short sentence-like lines right after it
 *       (a closing quote); everything before is header furniture, everything after is trailing furniture.</li>
 * </ul>
 */
final class BodySplitter {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The split: furniture before the body, body blocks, furniture inside the body, furniture after it. */
    record Split(List<String> before, List<String> body, List<String> inside, List<String> after, boolean prose,
                 Set<String> lineFurniture) {

        Split(List<String> before, List<String> body, List<String> inside, List<String> after, boolean prose) {
            this(before, body, inside, after, prose, Set.of());
        }
    }

    /**
     * PROSE and SHORT lines are the article's candidates; LINE furniture (an ad marker, a related-link line, a
     * caption or credit, a date line) is set aside where it stands and never cuts the body; an INLINE_CUE (a
     * share bar, a newsletter or donation appeal) cuts it, and what follows must continue the story; a LINK_HEAD
     * ("Related", "More from…") opens a link block the story may continue after; an END_CUE (comments,
     * about the author, copyright) closes the story.
     */
    private enum Kind { PROSE, SHORT, LINE, INLINE_CUE, LINK_HEAD, END_CUE }

    private static final int MAX_SHORT_RUN = 3;
    /** Lines of fewer words, twice in a row, are an image's label and its caption rather than a headline. */
    static final int SHORT_LABEL = 6;
    private static final double STORY_OVERLAP = 0.2;

    private static final Pattern LINK_HEAD_LINE = Pattern.compile("(?i)^(?:"
            + "related(?:\\s+\\w+){0,2}|more (?:from|on|in|stories|news|articles).*|you (?:might|may) (?:also )?like.*"
            + "|recommended.*|popular.*|trending.*|most (?:read|popular|viewed).*|editor'?s picks?|latest (?:news|stories).*"
            + "|top stories|in (?:other|case you missed).*|further reading|what to read next)[.:!]?$");
    private static final Pattern END_CUE_LINE = Pattern.compile("(?i)^(?:"
            + "\\d+\\s+(?:thoughts|responses|replies|comments) on .*|reply|\\d+\\s+comments?|comments?(?: \\(\\d+\\))?|leave a (?:reply|comment).*|post a comment.*|join the (?:conversation|discussion).*"
            + "|about the author.*|about us|tags?:.*|topics?:.*|filed under.*|categor(?:y|ies):.*|original source.*"
            + "|source:.*|previous (?:post|article|story).*|next (?:post|article|story).*|back to top"
            + "|privacy (?:policy|statement).*|terms (?:of|and) (?:use|service|conditions).*|cookie.*|contact us"
            + "|all rights reserved.*|copyright.*|©.*|the following news reports.*)[.:!]?$");
    /** Markers a page drops anywhere in a story (ads, teasers, credits): set aside without cutting it. */
    private static final Pattern TRANSPARENT_CUE_LINE = Pattern.compile("(?i)^(?:"
            + "read (?:also|more|next)\\b.*|also read\\b.*|see also\\b.*|watch:.*|listen:.*|advertisement|advert|ad"
            + "|story continues(?: below)?(?: (?:this |the )?advertisement)?|continue reading(?: below)?"
            + "|photo:.*|image:.*|credit:.*|getty images|reuters/.*|scroll (?:down )?to continue.*|click here\\b.*)[.:!]?$");
    private static final Pattern INLINE_CUE_LINE = Pattern.compile("(?i)^(?:"
            + "read (?:also|more|next)\\b.*|also read\\b.*|see also\\b.*|watch:.*|listen:.*|advertisement|advert|ad"
            + "|sponsored.*|subscribe\\b.*|sign up\\b.*|newsletter.*|tweet|share(?: this| on| via)?.*|follow us.*"
            + "|like us on.*|print|e-?mail|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|copy link"
            + "|become a (?:patron|member|subscriber).*|donate.*|support (?:us|our).*|story continues.*"
            + "|continue reading.*|click here.*|photo:.*|image:.*|credit:.*|getty images|reuters/.*)[.:!]?$");
    private static final Pattern STRONG_CUE = Pattern.compile("(?i)copyright\\s*(?:©\\s*)?(?:\\d{4}|by)|©\\s*\\d{4}"
            + "|all rights reserved|\\(visited \\d+ times?|\\bread more\\s*(?:»|›|\\.\\.\\.)?\\s*$");
    /** Site notices that a news story may also discuss (a story on cookie law), so several are needed in prose. */
    private static final Pattern SOFT_CUE = Pattern.compile("(?i)by using (?:our|this) (?:web)?sites?"
            + "|\\bcookies?\\b.{0,80}\\b(?:consent|accept|policy)\\b|\\bgdpr\\b|\\bsubscribe\\b.{0,40}\\bnewsletters?\\b"
            + "|\\bprivacy (?:policy|statement)\\b|\\badvertis\\w*\\b");
    private static final Pattern APPEAL = Pattern.compile("(?i)\\b(?:subscrib\\w*|newsletters?|donat\\w*|patrons?"
            + "|support (?:us|our \\w+)|support of readers|our (?:community|journalism|reporting|readers|team)"
            + "|join (?:us|our)|this (?:page|site|website)|click here|sign up|cookies?|advertis\\w*|sponsored"
            + "|readers like you|leave a (?:reply|comment)|log ?in|share this|in your inbox)\\b");

    /** Leading punctuation and bullets, trailing bullets: what a cue line may be wrapped in. */
    private static final Pattern BARE = Pattern.compile("^[\\p{Punct}\\s»›|•·–—]+|[\\s»›|•·]+$");
    /** Words without which {@link #APPEAL} cannot match (lower case). */
    private static final String[] APPEAL_KEYS = {"subscrib", "newsletter", "donat", "patron", "support ", "our ",
        "join ", "this ", "click here", "sign up", "cookie", "advertis", "sponsored", "readers like you", "leave a",
        "log in", "login", "share this", "in your inbox"};
    /** Words without which {@link #STRONG_CUE} cannot match (lower case). */
    private static final String[] STRONG_KEYS = {"copyright", "\u00a9", "rights reserved", "visited", "read more"};
    /** Words without which {@link #SOFT_CUE} cannot match (lower case). */
    private static final String[] SOFT_KEYS = {"by using", "cookie", "gdpr", "subscribe", "privacy", "advertis"};

    private static boolean containsAny(String lower, String[] keys) {
        for (String k : keys) {
            if (lower.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** A headline in a list: starts in upper case, no closing punctuation. */
    private static final Pattern HEADLINE_LIKE = Pattern.compile("^[\\p{Lu}\\p{N}\"'‘“].*[^.,;:!?…\"'”’)]$");

    private static final Pattern BULLET = Pattern.compile("^(?:[-•*·–—▪◦‣●■]|\\d{1,2}[.)])\\s");

    static final Pattern BYLINE = Pattern.compile(
            "^(?:(?i:posted|published|written|updated)\\b.{0,40}?\\s)?(?i:by|words by|author:?)\\s+(\\p{Lu}.{1,80})$");
    static final Pattern DATELINE = Pattern.compile(
            "^(\\p{L}[\\p{L}\\p{M} .,'’\\-]{0,60}?)\\s*\\((\\p{Lu}[\\p{L}.&\\- ]{0,24})\\)\\s*(.*)$");

    private BodySplitter() {
    }

    static Split split(List<Block> blocks, String knownTitle) {
        int n = blocks.size();
        List<String> text = new ArrayList<>(n);
        Kind[] kinds = new Kind[n];
        for (int i = 0; i < n; i++) {
            text.add(blocks.get(i).text());
            kinds[i] = classify(blocks.get(i));
        }
        markCaptionPairs(text, kinds);
        markLinkBlocks(kinds);
        List<int[]> segments = segments(kinds);
        if (segments.isEmpty()) {
            return noProse(text, kinds);
        }
        int core = 0;
        for (int s = 1; s < segments.size(); s++) {
            if (proseChars(text, kinds, segments.get(s)) > proseChars(text, kinds, segments.get(core))) {
                core = s;
            }
        }
        int first = core;
        int last = core;
        Set<String> vocabulary = contentWords(text, kinds, segments.get(core)[0], segments.get(core)[1]);
        while (last + 1 < segments.size() && joins(text, kinds, segments.get(last)[1], segments.get(last + 1), vocabulary)) {
            last++;
            vocabulary.addAll(contentWords(text, kinds, segments.get(last)[0], segments.get(last)[1]));
        }
        while (first > 0 && joinsBackward(text, kinds, segments.get(first - 1), segments.get(first)[0], vocabulary)) {
            first--;
            vocabulary.addAll(contentWords(text, kinds, segments.get(first)[0], segments.get(first)[1]));
        }
        int start = segments.get(first)[0];
        int end = segments.get(last)[1];
        // closing short sentence-like lines (a short final quote) stay with the body
        while (end + 1 < n && kinds[end + 1] == Kind.SHORT && !blocks.get(end + 1).heading()
                && Lines.endsSentence(text.get(end + 1)) && !APPEAL.matcher(text.get(end + 1)).find()
                && Lines.words(text.get(end + 1)) <= 12) {
            end++;
        }
        end = withCutOffEnd(text, kinds, end);
        start = afterHeader(text, kinds, start, end, knownTitle);

        List<String> before = new ArrayList<>(text.subList(0, start));
        List<String> body = new ArrayList<>();
        List<String> inside = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            if (kinds[i] != Kind.PROSE && kinds[i] != Kind.SHORT) {
                inside.add(text.get(i));
            } else {
                body.add(text.get(i));
            }
        }
        List<String> after = new ArrayList<>(text.subList(end + 1, n));
        Set<String> lineFurniture = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Kind.LINE) {
                lineFurniture.add(text.get(i));
            }
        }
        return new Split(before, body, inside, after, true, lineFurniture);
    }

    /**
     * A caption and its copy: a label repeated within three lines as the start of a longer line ("Jane Roe, the
     * mayor" and "Jane Roe, the mayor, speaks in …"), a caption and the same caption with its credit, or the
     * same short label twice in a row (an image's text and its caption; a headline of six or more words
     * printed twice stays a headline). Both are set aside.
     */
    private static void markCaptionPairs(List<String> text, Kind[] kinds) {
        for (int i = 0; i < text.size(); i++) {
            for (int j = i + 1; j < text.size() && j <= i + 3; j++) {
                String a = text.get(i);
                String b = text.get(j);
                String shorter = a.length() <= b.length() ? a : b;
                String longer = shorter == a ? b : a;
                boolean pair = !a.equals(b) && Lines.words(shorter) >= 3 && longer.startsWith(shorter)
                        && !Character.isLetterOrDigit(longer.charAt(shorter.length()))
                        && (Lines.words(shorter) <= 12 && !Lines.endsSentence(shorter)
                            || LineFurniture.isCredit(longer.substring(shorter.length()).strip()));
                boolean twice = a.equals(b) && j == i + 1 && Lines.words(a) < SHORT_LABEL && !Lines.endsSentence(a);
                if (pair || twice) {
                    kinds[i] = Kind.LINE;
                    kinds[j] = Kind.LINE;
                }
            }
        }
    }

    /**
     * A link block recognised line by line — a "Related" heading followed by marked links ("&gt;&gt; …",
     * "RELATED: …") — is furniture where it stands, like the links: it cuts nothing.
     */
    private static void markLinkBlocks(Kind[] kinds) {
        for (int i = 0; i + 1 < kinds.length; i++) {
            if (kinds[i] == Kind.LINK_HEAD && kinds[i + 1] == Kind.LINE) {
                kinds[i] = Kind.LINE;
            }
        }
    }

    /**
     * A text cut off mid-sentence (an excerpt, a paywall, a copy that stopped) ends in a short block that reads
     * as a sentence: five or more words, half of them starting in lower case. When it is the page's last block
     * and only short lines (a crosshead) stand between it and the body, it is the body's end.
     */
    private static int withCutOffEnd(List<String> text, Kind[] kinds, int end) {
        int last = kinds.length - 1;
        while (last > end && kinds[last] == Kind.LINE) {
            last--;
        }
        if (last <= end || kinds[last] != Kind.SHORT || !sentenceLike(text.get(last))) {
            return end;
        }
        int between = 0;
        for (int i = end + 1; i < last; i++) {
            if (kinds[i] != Kind.SHORT && kinds[i] != Kind.LINE) {
                return end;
            }
            between += kinds[i] == Kind.SHORT ? 1 : 0;
        }
        return between <= 2 ? last : end;
    }

    /** Five or more words, at least half of them starting in lower case: a sentence rather than a headline. */
    private static boolean sentenceLike(String line) {
        int words = 0;
        int lower = 0;
        boolean start = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                start = true;
            } else if (start && Character.isLetterOrDigit(c)) {
                words++;
                lower += Character.isLowerCase(c) ? 1 : 0;
                start = false;
            }
        }
        return words >= 5 && lower * 2 >= words;
    }

    /** Without any prose: the non-cue lines are the body (a note, a list), or all lines if all are cues. */
    private static Split noProse(List<String> text, Kind[] kinds) {
        List<String> body = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            (kinds[i] == Kind.SHORT ? body : furniture).add(text.get(i));
        }
        if (body.isEmpty()) {
            return new Split(List.of(), furniture, List.of(), List.of(), false);
        }
        return new Split(List.of(), body, List.of(), furniture, false);
    }

    private static Kind classify(Block block) {
        String line = block.text();
        int words = Lines.words(line);
        if (LineFurniture.isLineFurniture(line, words)) {
            return Kind.LINE;
        }
        // the cue patterns are long alternations; a cheap look for their key words first spares most prose
        String lower = line.toLowerCase(Locale.ROOT);
        if (containsAny(lower, STRONG_KEYS) && STRONG_CUE.matcher(line).find()) {
            return Kind.END_CUE;
        }
        if (words <= 12) {
            String bare = BARE.matcher(line).replaceAll("");
            if (LINK_HEAD_LINE.matcher(bare).matches()) {
                return Kind.LINK_HEAD;
            }
            if (END_CUE_LINE.matcher(bare).matches()) {
                return Kind.END_CUE;
            }
            if (TRANSPARENT_CUE_LINE.matcher(bare).matches()) {
                return Kind.LINE;
            }
            if (INLINE_CUE_LINE.matcher(bare).matches()) {
                return Kind.INLINE_CUE;
            }
        }
        int softHits = 0;
        if (containsAny(lower, SOFT_KEYS)) {
            Matcher soft = SOFT_CUE.matcher(line);
            while (soft.find()) {
                softHits++;
            }
        }
        if (softHits >= 3 || softHits >= 1 && words <= 12 && !Lines.endsSentence(line)) {
            return Kind.END_CUE;
        }
        if (words <= 30 && appeals(line) >= 2) {
            return Kind.INLINE_CUE; // a reader appeal: "Enjoyed this story? Subscribe to our newsletter."
        }
        if (block.heading()) {
            return Kind.SHORT;
        }
        if ((words >= 8 && Lines.endsSentence(line)) || words >= 20) {
            return Kind.PROSE;
        }
        return Kind.SHORT;
    }

    /** Segments as [firstProse, lastProse], split at cues and at long runs of short lines. */
    private static List<int[]> segments(Kind[] kinds) {
        List<int[]> out = new ArrayList<>();
        int firstProse = -1;
        int lastProse = -1;
        int shortRun = 0;
        for (int i = 0; i <= kinds.length; i++) {
            if (i < kinds.length && kinds[i] == Kind.LINE) {
                continue; // line furniture is set aside where it stands: it neither cuts nor counts
            }
            boolean cut = i == kinds.length || kinds[i] == Kind.INLINE_CUE || kinds[i] == Kind.LINK_HEAD
                    || kinds[i] == Kind.END_CUE;
            if (!cut && kinds[i] == Kind.SHORT) {
                shortRun++;
                cut = shortRun > MAX_SHORT_RUN;
            } else if (!cut) {
                shortRun = 0;
            }
            if (cut) {
                if (firstProse >= 0) {
                    out.add(new int[] {firstProse, lastProse});
                }
                firstProse = -1;
                lastProse = -1;
                continue;
            }
            if (kinds[i] == Kind.PROSE) {
                if (firstProse < 0) {
                    firstProse = i;
                }
                lastProse = i;
            }
        }
        return out;
    }

    private static boolean joins(List<String> text, Kind[] kinds, int bodyEnd, int[] next, Set<String> vocabulary) {
        boolean cue = false;
        int headlines = 0;
        int gap = 0;
        for (int i = bodyEnd + 1; i < next[0]; i++) {
            if (kinds[i] == Kind.END_CUE) {
                return false;
            }
            cue |= kinds[i] == Kind.LINK_HEAD || kinds[i] == Kind.INLINE_CUE;
            if (kinds[i] == Kind.LINE) {
                continue; // line furniture does not widen the gap
            }
            gap++;
            if (HEADLINE_LIKE.matcher(text.get(i)).matches() && Lines.words(text.get(i)) >= 4) {
                headlines++;
            }
        }
        if (!cue && headlines < 3 && gap <= 9 && appeals(text, next) < 2) {
            // a list, table or run of crossheads inside the story: no cue, few headline-like lines
            return true;
        }
        if (onlyCues(kinds, bodyEnd, next[0]) && appeals(text, next) < 2) {
            // a link block, ad or appeal recognised line by line (every line of it a cue or marked furniture),
            // and prose after it that makes no appeal: the story goes on
            return true;
        }
        return continuesStory(text, kinds, next, vocabulary);
    }

    /** True if every line strictly between {@code from} and {@code to} is a cue or line furniture. */
    private static boolean onlyCues(Kind[] kinds, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (kinds[i] == Kind.PROSE || kinds[i] == Kind.SHORT || kinds[i] == Kind.END_CUE) {
                return false;
            }
        }
        return true;
    }

    private static boolean joinsBackward(List<String> text, Kind[] kinds, int[] prev, int bodyStart,
                                         Set<String> vocabulary) {
        for (int i = prev[1] + 1; i < bodyStart; i++) {
            if (kinds[i] == Kind.END_CUE) {
                return false;
            }
        }
        if (onlyCues(kinds, prev[1], bodyStart) && appeals(text, prev) < 2) {
            return true; // as in joins: a block recognised line by line between two parts of the story
        }
        return continuesStory(text, kinds, prev, vocabulary);
    }

    private static int appeals(List<String> text, int[] seg) {
        int appeals = 0;
        for (int i = seg[0]; i <= seg[1]; i++) {
            appeals += appeals(text.get(i));
        }
        return appeals;
    }

    private static int appeals(String line) {
        if (!containsAny(line.toLowerCase(Locale.ROOT), APPEAL_KEYS)) {
            return 0;
        }
        int appeals = 0;
        Matcher m = APPEAL.matcher(line);
        while (m.find()) {
            appeals++;
        }
        return appeals;
    }

    private static boolean continuesStory(List<String> text, Kind[] kinds, int[] seg, Set<String> vocabulary) {
        if (appeals(text, seg) >= 2) {
            return false;
        }
        Set<String> words = contentWords(text, kinds, seg[0], seg[1]);
        if (words.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String w : words) {
            if (vocabulary.contains(w)) {
                shared++;
            }
        }
        return shared >= STORY_OVERLAP * words.size();
    }

    /** Moves the body start past a header (summary, repeated headline, date, byline) near its top. */
    private static int afterHeader(List<String> text, Kind[] kinds, int start, int end, String knownTitle) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < start; i++) {
            seen.add(key(text.get(i)));
        }
        if (knownTitle != null) {
            seen.add(key(knownTitle));
        }
        int prose = 0;
        int newStart = start;
        boolean bullets = false;
        for (int i = start; i <= end && prose <= 2; i++) {
            String line = text.get(i);
            if (kinds[i] != Kind.PROSE && kinds[i] != Kind.SHORT) {
                continue; // furniture and cues are no header markers, even when a page repeats them
            }
            if (BULLET.matcher(line).find()) {
                bullets = true; // a list of key points is the article's, whatever header follows it
                seen.add(key(line));
                continue;
            }
            if (kinds[i] == Kind.PROSE) {
                prose++;
                seen.add(key(line));
                continue;
            }
            boolean seenBefore = seen.contains(key(line));
            boolean marker = seenBefore || Dates.isLoneDate(line) || isByline(line) || isDatelineLine(line);
            seen.add(key(line));
            if (marker) {
                int next = i + 1;
                while (next <= end && kinds[next] != Kind.PROSE) {
                    next++;
                }
                if (next <= end && !bullets) {
                    newStart = next;
                } else if (bullets && !seenBefore) {
                    kinds[i] = Kind.LINE; // a byline or date under the key points: set aside, the points stay
                }
            }
        }
        return newStart;
    }

    static boolean isByline(String line) {
        return Lines.words(line) <= 10 && BYLINE.matcher(line).matches();
    }

    /** A line that is only a dateline: "Washington DC (UPI) Nov 20, 2024". */
    static boolean isDatelineLine(String line) {
        if (Lines.words(line) > 12) {
            return false;
        }
        Matcher m = DATELINE.matcher(line);
        return m.matches() && Lines.words(m.group(1)) <= 6
                && (m.group(3).isEmpty() || Dates.find(m.group(3)) != null);
    }

    private static String key(String line) {
        return WHITESPACE.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static int proseChars(List<String> text, Kind[] kinds, int[] seg) {
        int total = 0;
        for (int i = seg[0]; i <= seg[1]; i++) {
            if (kinds[i] == Kind.PROSE) {
                total += text.get(i).length();
            }
        }
        return total;
    }

    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "has", "were", "been",
            "their", "they", "them", "there", "which", "would", "could", "should", "will", "said", "says", "about",
            "after", "before", "into", "than", "then", "what", "when", "where", "while", "also", "more", "most",
            "some", "such", "only", "other", "over", "under", "your", "yours", "ours", "because", "just", "like",
            "very", "much", "many", "these", "those", "being", "does", "here", "each", "even", "still", "well");

    private static Set<String> contentWords(List<String> text, Kind[] kinds, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int i = from; i <= to; i++) {
            if (kinds[i] != Kind.PROSE && kinds[i] != Kind.SHORT) {
                continue;
            }
            String line = text.get(i).toLowerCase(Locale.ROOT);
            int start = -1;
            for (int k = 0; k <= line.length(); k++) {
                boolean wordChar = k < line.length() && isWordChar(line.charAt(k));
                if (wordChar && start < 0) {
                    start = k;
                } else if (!wordChar && start >= 0) {
                    if (k - start >= 4) {
                        String w = line.substring(start, k);
                        if (!STOP.contains(w)) {
                            out.add(w);
                        }
                    }
                    start = -1;
                }
            }
        }
        return out;
    }

    /** A letter or a number ({@code \p{L}} or {@code \p{N}}). */
    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
