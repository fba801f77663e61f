package org.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.parallax.SharedData;
import org.parallax.core.article.Span;

/**
 * Conformance on the PolNeAR dev split (benchmarks/README.md §4), read from {@code ${parallax.shared}} through
 * {@link SharedData#require} (a failure under CI when missing, a loud skip elsewhere). Multi-annotated articles are scored against their lexicographically first annotator.
 *
 * <p>Quotes: each gold quote segment, marks and surrounding blanks/punctuation stripped, matches one predicted
 * quote (one-to-one, greedy in reading order) whose stripped span overlaps at least 80% of the gold characters
 * and 80% of ours. The speaker is right when our speaker span overlaps the gold source span or the normalised
 * strings are equal (case-folded, leading article and honorifics dropped); gold pronoun sources are counted
 * apart. Attributions: a predicted attribution is a true positive when its cue overlaps a gold cue span
 * (one-to-one). Recall is reported over all gold attributions and over those whose cue is a speech or report verb
 * or that hold a direct quote; source accuracy on matched pairs as for speakers.
 */
class PolnearConformanceTest {

    private static final Set<String> SPEECH = Set.of("say", "said", "says", "saying", "tell", "told", "tells",
            "add", "added", "adds", "write", "wrote", "writes", "report", "reported", "reports", "announce",
            "announced", "state", "stated", "claim", "claimed", "claims", "according", "note", "noted", "ask",
            "asked", "explain", "explained", "insist", "insisted", "argue", "argued", "warn", "warned", "declare",
            "declared", "tweet", "tweeted", "reply", "replied", "respond", "responded", "confirm", "confirmed",
            "continue", "continued", "recall", "recalled", "suggest", "suggested", "deny", "denied", "acknowledge",
            "acknowledged", "admit", "admitted");
    /**
     * {@code -Dpolnear.details=true} prints every wrong speaker, every missed speech cue and every predicted
     * attribution that matches no gold cue.
     */
    private static final boolean DETAILS = Boolean.getBoolean("polnear.details");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "his", "her");

    @Test
    void polnearDev() throws IOException {
        Path file = SharedData.require("benchmarks/polnear/polnear.dev.jsonl");
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byArticle = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String article = n.get("article").asText();
            JsonNode have = byArticle.get(article);
            if (have == null || n.get("annotator").asText().compareTo(have.get("annotator").asText()) < 0) {
                byArticle.put(article, n);
            }
        }
        Extractor extractor = new Extractor();
        int qGold = 0;
        int qPred = 0;
        int qTp = 0;
        int spkOk = 0;
        int spkPronounN = 0;
        int spkPronounOk = 0;
        int spkNoSource = 0;
        int aGold = 0;
        int aGoldSpeech = 0;
        int aPred = 0;
        int aTp = 0;
        int aTpSpeech = 0;
        int aSrcOk = 0;
        int aSrcN = 0;
        for (JsonNode art : byArticle.values()) {
            String text = art.get("text").asText();
            Extraction ex = extractor.extract(text);
            // --- quotes
            List<Span> gq = new ArrayList<>();
            List<JsonNode> gqParent = new ArrayList<>();
            for (JsonNode a : art.get("attributions")) {
                for (JsonNode seg : a.get("quote_segments")) {
                    Span s = strip(text, seg.get("start").asInt(), seg.get("end").asInt());
                    if (s != null) {
                        gq.add(s);
                        gqParent.add(a);
                    }
                }
            }
            List<Quote> pq = ex.quotes();
            boolean[] used = new boolean[pq.size()];
            qGold += gq.size();
            qPred += pq.size();
            for (int g = 0; g < gq.size(); g++) {
                Span gs = gq.get(g);
                for (int j = 0; j < pq.size(); j++) {
                    if (used[j]) {
                        continue;
                    }
                    Span ps = strip(text, pq.get(j).start(), pq.get(j).end());
                    if (ps == null) {
                        continue;
                    }
                    int ov = Math.min(gs.end(), ps.end()) - Math.max(gs.start(), ps.start());
                    if (ov >= 0.8 * gs.length() && ov >= 0.8 * ps.length()) {
                        used[j] = true;
                        qTp++;
                        JsonNode parent = gqParent.get(g);
                        JsonNode src = parent.get("source");
                        if (src == null || src.isNull()) {
                            spkNoSource++;
                            if (pq.get(j).speaker() == null) {
                                spkOk++;
                            }
                            break;
                        }
                        boolean ok = sourceOk(src, pq.get(j).speaker(), pq.get(j).speakerSpan());
                        boolean pronoun = PRONOUNS.contains(src.get("text").asText().toLowerCase(Locale.ROOT).strip());
                        if (pronoun) {
                            spkPronounN++;
                            if (ok) {
                                spkPronounOk++;
                            }
                        }
                        if (ok) {
                            spkOk++;
                        } else if (DETAILS) {
                            int from = Math.max(0, gs.start() - 160);
                            System.out.println("SPEAKER gold=" + src.get("text").asText() + " | ours="
                                    + pq.get(j).speaker() + " | …" + text.substring(from, Math.min(text.length(),
                                    gs.end() + 120)).replace('\n', ' '));
                        }
                        break;
                    }
                }
            }
            // --- attributions
            List<Attribution> pa = ex.attributions();
            boolean[] aUsed = new boolean[pa.size()];
            aPred += pa.size();
            for (JsonNode a : art.get("attributions")) {
                JsonNode cue = a.get("cue");
                if (cue == null || cue.isNull()) {
                    continue;
                }
                aGold++;
                boolean speech = a.get("is_direct_quote").asBoolean() || isSpeech(cue.get("text").asText());
                if (speech) {
                    aGoldSpeech++;
                }
                boolean found = false;
                for (int j = 0; j < pa.size(); j++) {
                    if (!aUsed[j] && overlapsAny(pa.get(j).cue(), cue.get("spans"))) {
                        aUsed[j] = true;
                        found = true;
                        aTp++;
                        if (speech) {
                            aTpSpeech++;
                        }
                        JsonNode src = a.get("source");
                        if (src != null && !src.isNull()) {
                            aSrcN++;
                            if (sourceOk(src, pa.get(j).source(), pa.get(j).sourceSpan())) {
                                aSrcOk++;
                            }
                        }
                        break;
                    }
                }
                if (!found && speech && DETAILS) {
                    int cs = cue.get("spans").get(0).get(0).asInt();
                    System.out.println("MISSED cue=" + cue.get("text").asText() + " | …" + text.substring(
                            Math.max(0, cs - 120), Math.min(text.length(), cs + 60)).replace('\n', ' '));
                }
            }
            if (DETAILS) {
                for (int j = 0; j < pa.size(); j++) {
                    if (!aUsed[j]) {
                        int cs = pa.get(j).start();
                        System.out.println("EXTRA cue=" + pa.get(j).cueText() + " | source=" + pa.get(j).source()
                                + " | …" + text.substring(Math.max(0, cs - 100), Math.min(text.length(), cs + 60))
                                .replace('\n', ' '));
                    }
                }
            }
        }
        GoldSeeds.Prf q = new GoldSeeds.Prf(qTp, qPred, qGold);
        double spk = qTp == 0 ? 0 : (double) spkOk / qTp;
        double aP = aPred == 0 ? 0 : (double) aTp / aPred;
        double aR = aGold == 0 ? 0 : (double) aTp / aGold;
        double aRs = aGoldSpeech == 0 ? 0 : (double) aTpSpeech / aGoldSpeech;
        double srcAcc = aSrcN == 0 ? 0 : (double) aSrcOk / aSrcN;
        StringBuilder t = new StringBuilder("PolNeAR dev (" + byArticle.size() + " articles)\n");
        t.append(String.format("quotes        gold %4d pred %4d tp %4d  P %.3f R %.3f F1 %.3f%n", qGold, qPred, qTp,
                q.precision(), q.recall(), q.f1()));
        t.append(String.format("speaker acc   %.3f on %d matched (pronoun gold %d/%d, no-source gold %d)%n", spk,
                qTp, spkPronounOk, spkPronounN, spkNoSource));
        t.append(String.format("attributions  gold %4d pred %4d tp %4d  P %.3f R(all) %.3f R(speech/report/quote)"
                + " %.3f [%d/%d]%n", aGold, aPred, aTp, aP, aR, aRs, aTpSpeech, aGoldSpeech));
        t.append(String.format("source acc    %.3f on %d matched with a gold source%n", srcAcc, aSrcN));
        System.out.println(t);
        assertThat(q.f1()).as("PolNeAR quote F1").isGreaterThanOrEqualTo(FLOOR_QUOTE_F1);
        assertThat(spk).as("PolNeAR speaker accuracy").isGreaterThanOrEqualTo(FLOOR_SPEAKER);
        assertThat(aRs).as("PolNeAR speech/report recall").isGreaterThanOrEqualTo(FLOOR_SPEECH_RECALL);
        assertThat(aP).as("PolNeAR attribution precision").isGreaterThanOrEqualTo(FLOOR_PRECISION);
    }

    // Floors just under the measure of 2 December 2026 (quotes F1 0.857, speakers 0.883, speech/report recall
    // 0.866, precision 0.910); the acceptance asks speakers and speech/report recall >= 0.85.
    private static final double FLOOR_QUOTE_F1 = 0.85;
    private static final double FLOOR_SPEAKER = 0.88;
    private static final double FLOOR_SPEECH_RECALL = 0.86;
    private static final double FLOOR_PRECISION = 0.90;

    private static boolean isSpeech(String cue) {
        for (String w : cue.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (SPEECH.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(Span span, JsonNode spans) {
        for (JsonNode s : spans) {
            if (span.start() < s.get(1).asInt() && s.get(0).asInt() < span.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sourceOk(JsonNode gold, String name, Span span) {
        if (name == null) {
            return false;
        }
        if (span != null && overlapsAny(span, gold.get("spans"))) {
            return true;
        }
        return norm(gold.get("text").asText()).equals(norm(name));
    }

    private static String norm(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        for (String p : List.of("the ", "a ", "an ", "mr. ", "mrs. ", "ms. ", "dr. ", "mr ", "mrs ", "ms ", "dr ")) {
            if (t.startsWith(p)) {
                t = t.substring(p.length());
            }
        }
        return t;
    }

    /** The span without quotation marks and surrounding blanks or punctuation; null when nothing is left. */
    private static Span strip(String text, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new Span(s, e) : null;
    }
}
