package org.parallax.core.extract.attribution;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Word lists for attribution cues: reporting verbs by form, auxiliaries, adverbs, and noun and adverb cues. */
final class Lexicon {

    /** Reporting-verb forms to their lemma. */
    static final Map<String, String> VERB = new HashMap<>();
    /** Lemmas whose base and -s forms are also common nouns ("a report", "its estimate"). */
    static final Set<String> NOUNISH = words(
            "report", "claim", "estimate", "warn", "note", "call", "point", "view", "remark", "comment",
            "promise", "state", "respond", "stress", "urge", "post", "tweet", "allege", "maintain", "caution",
            "concern", "reply", "insist", "slam", "add");
    /** Verbs that introduce a quote and so may come before their subject: '"…," said Rutte'. */
    static final Set<String> INVERTIBLE = words(
            "say", "add", "ask", "write", "continue", "explain", "note", "state", "warn", "insist", "argue",
            "recall", "reply", "declare", "tell", "tweet", "wonder", "conclude", "concede", "observe", "stress",
            "respond", "claim", "announce", "remark", "comment", "predict");
    static final Set<String> AUX = words(
            "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might",
            "should", "must", "did", "does", "do", "'s", "’s", "'ve", "’ve", "'d", "’d");
    static final Set<String> CUE_ADVERBS = words(
            "also", "previously", "already", "repeatedly", "long", "since", "earlier", "once", "again", "not",
            "never", "recently", "publicly", "privately", "first", "often", "twice", "consistently", "separately",
            "initially", "originally", "yet", "just");
    /** Words skipped between a subject and its verb ("Rutte likewise called", "Washington on Monday said"). */
    static final Set<String> SKIP_BEFORE_VERB = words(
            "also", "likewise", "meanwhile", "however", "then", "now", "later", "earlier", "previously",
            "already", "additionally", "further", "too", "still", "recently", "again", "once", "first",
            "publicly", "privately", "separately", "repeatedly", "today", "yesterday", "tonight", "similarly",
            "alone", "themselves", "himself", "herself", "itself", "moreover", "furthermore", "instead",
            "subsequently", "initially", "originally", "just", "formally", "officially", "reportedly", "flatly",
            "quickly", "simply", "openly", "explicitly", "bluntly", "angrily", "proudly", "firmly", "clearly",
            "quietly", "immediately", "jointly", "personally", "directly", "frequently", "in", "turn", "last",
            "this", "next", "week", "month", "year", "night", "morning", "evening", "afternoon", "weekend", "on",
            "late", "early", "had", "has", "have");
    static final Set<String> DAYS = words(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Words before a noun-like form that show it is a noun: "the report", "amid reports", "its estimate". */
    static final Set<String> NOUN_CONTEXT = words(
            "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "some",
            "any", "no", "of", "amid", "with", "similar", "recent", "new", "latest", "such", "earlier", "to",
            "by", "from", "in", "on", "for", "media", "news", "press", "initial", "early", "unconfirmed",
            "conflicting", "multiple", "several", "many", "other", "first", "further", "more", "most", "two",
            "three", "few", "at", "into", "about", "after", "before", "over", "without", "under",
            "against", "each", "every", "what", "whose", "own", "public", "previous", "official",
            "'s", "’s");
    /** Nouns that are cues themselves: "amid reports that…", "EU warnings of…". */
    static final Set<String> NOUN_CUES = words("reports", "warnings");
    /** Light verbs + nouns: "raised concerns", "issued warnings", "expressing concern". */
    static final Set<String> LIGHT_VERBS = words(
            "raise", "raises", "raised", "raising", "share", "shares", "shared", "sharing", "express",
            "expresses", "expressed", "expressing", "voice", "voices", "voiced", "voicing", "issue", "issues",
            "issued", "issuing");
    static final Set<String> LIGHT_NOUNS = words(
            "concern", "concerns", "considerations", "warnings", "warning", "fears", "doubts", "alarm", "hope",
            "hopes", "optimism", "skepticism", "scepticism", "worries", "worry", "criticism", "regret");
    /** Objects of "told" that belong to the cue: "told reporters", "told a press conference". */
    static final Set<String> TOLD_AUDIENCE = words(
            "reporters", "journalists", "lawmakers", "parliament", "legislators", "media", "press", "audience",
            "supporters", "crowd", "viewers", "listeners", "readers");
    static final Set<String> TOLD_EVENTS = words(
            "conference", "briefing", "meeting", "summit", "forum", "session", "hearing", "interview", "audience",
            "gathering", "rally", "crowd", "parliament", "assembly", "committee", "reporters", "journalists",
            "broadcaster", "newspaper", "channel", "agency", "station", "podcast", "programme", "program", "show");
    /** Words that end a clause when walking back from a verb to find its subject. */
    static final Set<String> CLAUSE_BOUNDARY = words(
            "that", "which", "whom", "because", "but", "while", "although", "though", "if", "when", "where",
            "whether", "after", "before", "since", "until", "so", "than", "whereas", "unless", "once", "as");
    /** Words after an inverted verb that end its subject: '"…," said Rutte on Monday'. */
    static final Set<String> STOP_AFTER = words(
            "on", "in", "at", "during", "after", "when", "as", "to", "who", "which", "that", "while", "before",
            "according", "last", "this", "told", "adding", "referring", "speaking", "citing", "noting",
            "explaining", "earlier", "yesterday", "today", "tonight", "late", "early", "via", "through", "by",
            "from", "with", "about", "of", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "said", "says", "and", "but", "if", "because", "then", "whose", "wrote", "added", "where",
            "for", "into", "over");
    /** Leading words stripped from a subject. */
    static final Set<String> LEADING_SKIP = words(
            "but", "and", "so", "yet", "meanwhile", "however", "still", "now", "then", "thus", "instead",
            "separately", "earlier", "later", "also", "indeed", "moreover", "furthermore", "nevertheless",
            "nonetheless", "or", "today", "yesterday", "here");
    /** Words that show a clause, not a noun phrase, stands before a verb. */
    static final Set<String> VERBISH = words(
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
            "can", "may", "might", "should", "must", "do", "does", "did", "made", "met", "went", "took", "gave",
            "got", "came", "says", "said", "told", "added", "it's", "there", "not");
    /** Heads of source phrases that can speak: groups, bodies, media (besides names and role nouns). */
    static final Set<String> SPEAKING_HEADS = words(
            "government", "administration", "ministry", "department", "agency", "office", "council", "committee",
            "party", "campaign", "media", "press", "outlet", "newspaper", "paper", "agency", "broadcaster",
            "channel", "network", "intelligence", "military", "army", "police", "court", "board", "commission",
            "group", "organization", "organisation", "union", "company", "firm", "bank", "institute", "tank",
            "report", "reports", "study", "poll", "survey", "analysis", "data", "statement", "document",
            "memo", "letter", "filing", "release", "website", "team", "spokesman", "spokeswoman", "spokesperson",
            "spokespeople", "community", "side", "authorities", "forces", "command", "staff", "service", "services",
            "embassy", "delegation", "lawyers", "lawyer", "attorneys", "attorney", "prosecutors", "investigators",
            "voters", "americans", "republicans", "democrats", "supporters", "opponents", "critics", "advocates",
            "activists", "groups", "countries", "nations", "states", "allies", "partners", "neighbors",
            "neighbours", "leadership", "regime", "cabinet", "presidency", "palace", "ministries", "agencies",
            "officials", "sources", "source", "everyone", "nobody", "many", "some", "others", "both", "all",
            "observers", "commentators", "pundits", "polls", "surveys", "studies", "figures", "estimates", "records",
            "documents", "emails", "researchers", "scientists", "economists", "doctors", "experts", "analysts",
            "friends", "family", "relatives", "colleagues", "aides", "advisers", "advisors", "staffers", "members",
            "residents", "witnesses", "people", "businesses", "outlets", "companies", "officers", "leaders", "women", "men", "students", "workers", "employees", "users");
    /** Heads of descriptions of unnamed sources. */
    static final Set<String> ANON_HEADS = words(
            "source", "sources", "official", "officials", "officers", "officer", "diplomat", "diplomats",
            "people", "person", "insider", "insiders", "analysts", "analyst", "experts", "expert", "observers",
            "aide", "aides", "authorities", "leaders", "lawmakers", "residents", "witnesses", "witness",
            "spokesman", "spokeswoman", "spokesperson", "someone", "critics", "allies", "media", "members",
            "staff", "advisers", "advisors", "adviser", "advisor", "intelligence", "ministry", "agencies",
            "governments", "commentators", "investigators", "researchers", "scientists", "economists", "reports",
            "others");
    /** Role nouns that stand for a person named earlier: "the Ukrainian leader", "the NATO chief". */
    static final Set<String> PERSON_ROLES = words(
            "leader", "president", "chief", "minister", "premier", "chancellor", "spokesman", "spokeswoman",
            "spokesperson", "ambassador", "envoy", "secretary", "general", "commander", "head", "senator",
            "governor", "congressman", "congresswoman", "candidate", "nominee", "director", "chairman",
            "chairwoman", "mayor", "king", "queen", "prince", "diplomat", "politician", "billionaire",
            "businessman", "businesswoman", "lawmaker", "tycoon", "republican", "democrat", "adviser", "advisor",
            "official", "prosecutor", "judge", "economist", "analyst", "pope", "monarch", "dictator", "strongman",
            "autocrat", "host", "pollster", "founder", "executive", "manager", "aide", "actor", "actress", "star",
            "speaker", "veteran", "former", "incumbent", "frontrunner", "front-runner", "mogul", "magnate");
    /** Role-noun synonyms: a "leader" may be the president, prime minister, chancellor… */
    static final Map<String, Set<String>> ROLE_SYNONYMS = Map.of(
            "leader", words("president", "prime", "premier", "chancellor", "leader", "chief", "head", "king",
                    "secretary", "general"),
            "chief", words("chief", "head", "secretary", "general", "director", "leader"),
            "head", words("chief", "head", "secretary", "general", "director", "leader"),
            "minister", words("minister", "secretary"),
            "premier", words("premier", "prime"));

    static {
        String[][] forms = {
            {"say", "say", "says", "said", "saying"},
            {"tell", "tell", "tells", "told", "telling"},
            {"add", "add", "adds", "added", "adding"},
            {"warn", "warn", "warns", "warned", "warning"},
            {"note", "noted", "noting", "notes"},
            {"write", "write", "writes", "wrote", "writing", "written"},
            {"state", "stated", "stating", "states"},
            {"announce", "announce", "announces", "announced", "announcing"},
            {"confirm", "confirm", "confirms", "confirmed", "confirming"},
            {"claim", "claim", "claims", "claimed", "claiming"},
            {"report", "report", "reports", "reported", "reporting"},
            {"estimate", "estimate", "estimates", "estimated", "estimating"},
            {"indicate", "indicate", "indicates", "indicated", "indicating"},
            {"explain", "explain", "explains", "explained", "explaining"},
            {"insist", "insist", "insists", "insisted", "insisting"},
            {"argue", "argue", "argues", "argued", "arguing"},
            {"suggest", "suggest", "suggests", "suggested", "suggesting"},
            {"acknowledge", "acknowledge", "acknowledges", "acknowledged", "acknowledging"},
            {"admit", "admit", "admits", "admitted", "admitting"},
            {"declare", "declare", "declares", "declared", "declaring"},
            {"deny", "deny", "denies", "denied", "denying"},
            {"reply", "replied", "replies", "replying"},
            {"respond", "responded", "responds"},
            {"ask", "asked", "asks"},
            {"urge", "urged", "urges", "urging"},
            {"predict", "predict", "predicts", "predicted", "predicting"},
            {"allege", "alleged", "alleges", "alleging"},
            {"assert", "asserted", "asserts", "asserting"},
            {"comment", "commented"},
            {"remark", "remarked"},
            {"decry", "decry", "decries", "decried", "decrying"},
            {"slam", "slammed", "slams", "slamming"},
            {"assure", "assured", "assures", "assuring"},
            {"caution", "cautioned", "cautions", "cautioning"},
            {"stress", "stressed", "stresses", "stressing"},
            {"emphasize", "emphasized", "emphasised", "emphasizes", "emphasises", "emphasizing", "emphasising"},
            {"reveal", "revealed", "reveals", "revealing"},
            {"disclose", "disclosed", "discloses"},
            {"recall", "recalled", "recalls", "recalling"},
            {"complain", "complained", "complains", "complaining"},
            {"concede", "conceded", "concedes", "conceding"},
            {"contend", "contended", "contends", "contending"},
            {"observe", "observed"},
            {"vow", "vowed", "vows", "vowing"},
            {"threaten", "threatened", "threatens"},
            {"accuse", "accused", "accuses", "accusing"},
            {"criticize", "criticized", "criticised", "criticizes", "criticises", "criticizing", "criticising"},
            {"describe", "described", "describes", "describing"},
            {"testify", "testified", "testifies"},
            {"mention", "mentioned"},
            {"advise", "advised"},
            {"tweet", "tweeted"},
            {"post", "posted"},
            {"believe", "believes", "believed"},
            {"continue", "continued"},
            {"quote", "quoted", "quoting"},
            {"cite", "cited"},
            {"hint", "hinted"},
            {"conclude", "concluded"},
            {"lament", "lamented"},
            {"boast", "boasted"},
            {"demand", "demanded"},
            {"pledge", "pledged"},
            {"reiterate", "reiterated", "reiterating"},
            {"repeat", "repeated"},
            {"underline", "underlined"},
            {"underscore", "underscored"},
            {"blame", "blamed"},
            {"forecast", "forecast", "forecasts"},
            {"wonder", "wondered"},
            {"call", "call", "calls", "called", "calling"},
            {"point", "pointed", "points", "pointing"},
            {"put", "put"},
            {"view", "view", "views", "viewed"},
            {"brief", "briefed"},
        };
        for (String[] f : forms) {
            for (int i = 1; i < f.length; i++) {
                VERB.put(f[i], f[0]);
            }
        }
    }

    private Lexicon() {
    }

    private static Set<String> words(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }
}
