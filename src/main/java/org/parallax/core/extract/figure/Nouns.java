package org.parallax.core.extract.figure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Lemmas of counted nouns and a small synonym normaliser ("troopers", "servicemen" → "troop"). */
public final class Nouns {

    private static final Map<String, String> IRREGULAR = new HashMap<>();
    private static final Map<String, String> KIND = new HashMap<>();

    static {
        String[][] irregular = {
            {"people", "person"}, {"men", "man"}, {"women", "woman"}, {"children", "child"},
            {"personnel", "personnel"}, {"police", "police"}, {"staff", "staff"}, {"feet", "foot"},
            {"teeth", "tooth"}, {"mice", "mouse"}, {"geese", "goose"}, {"lives", "life"}, {"wives", "wife"},
            {"knives", "knife"}, {"halves", "half"}, {"wolves", "wolf"}, {"thieves", "thief"},
            {"aircraft", "aircraft"}, {"data", "data"}, {"media", "media"}, {"criteria", "criterion"},
            {"news", "news"}, {"series", "series"}, {"species", "species"}, {"arms", "arms"},
            {"dead", "dead"}, {"wounded", "wounded"}, {"injured", "injured"}, {"missing", "missing"},
            {"sheep", "sheep"}, {"fish", "fish"}, {"deer", "deer"}, {"analyses", "analysis"},
            {"crises", "crisis"}, {"bases", "base"}, {"troops", "troop"}, {"forces", "force"},
            {"houses", "house"}, {"cases", "case"}, {"courses", "course"}, {"horses", "horse"},
            {"responses", "response"}, {"nurses", "nurse"}, {"purposes", "purpose"}, {"vehicles", "vehicle"},
            {"missiles", "missile"}, {"drones", "drone"}, {"warheads", "warhead"}, {"lines", "line"},
            {"ones", "one"}, {"judges", "judge"}, {"hostages", "hostage"}, {"villages", "village"},
            {"launches", "launch"}, {"strikes", "strike"}, {"attacks", "attack"}, {"casualties", "casualty"},
        };
        for (String[] p : irregular) {
            IRREGULAR.put(p[0], p[1]);
        }
        family("troop", "troop", "soldier", "trooper", "serviceman", "servicemember", "service member",
                "servicewoman", "force", "personnel", "fighter", "combatant", "infantryman", "paratrooper",
                "marine", "conscript", "recruit", "mercenary", "reservist", "guardsman", "sailor", "airman",
                "military personnel");
        family("person", "person", "people", "individual", "civilian", "resident", "citizen", "inhabitant",
                "man", "woman", "adult", "human", "persons", "victim", "passenger", "worker",
                "employee");
        family("casualty", "casualty", "death", "fatality", "dead", "killed");
        family("injured", "injured", "wounded", "injury", "wound");
        family("missile", "missile", "rocket", "projectile", "warhead");
        family("drone", "drone", "uav", "uas");
        family("aircraft", "aircraft", "plane", "jet", "warplane", "airplane", "fighter jet", "helicopter");
        family("artillery", "artillery", "howitzer", "gun", "cannon", "launcher");
        family("vehicle", "vehicle", "tank", "truck", "apc", "armoured vehicle", "armored vehicle");
        family("officer", "officer", "commander", "general");
        family("refugee", "refugee", "migrant", "evacuee", "displaced");
        family("child", "child", "kid", "minor", "boy", "girl");
        family("prisoner", "prisoner", "pow", "captive", "detainee", "hostage");
    }

    private Nouns() {
    }

    private static void family(String key, String... members) {
        for (String m : members) {
            KIND.put(m, key);
        }
    }

    /** The singular lower-case lemma of a noun ("troopers" → "trooper", "casualties" → "casualty"). */
    public static String lemma(String noun) {
        if (noun == null || noun.isBlank()) {
            return null;
        }
        String w = noun.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        String irr = IRREGULAR.get(w);
        if (irr != null) {
            return irr;
        }
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        if (w.endsWith("men") && n > 4) {
            return w.substring(0, n - 3) + "man";
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")
                || w.endsWith("zzes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics")) {
            return w;
        }
        if (w.endsWith("s")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /**
     * A comparison key for a counted noun: nouns of one family share it ("troops", "soldiers", "troopers",
     * "servicemen", "forces", "personnel" → "troop"; "people", "civilians", "individuals" → "person").
     * Other nouns map to their lemma. {@code null} for {@code null}.
     */
    public static String kind(String head) {
        String lemma = lemma(head);
        if (lemma == null) {
            return null;
        }
        String k = KIND.get(lemma);
        if (k != null) {
            return k;
        }
        int space = lemma.lastIndexOf(' ');
        if (space > 0) {
            k = KIND.get(lemma.substring(space + 1));
            if (k != null) {
                return k;
            }
        }
        int dash = lemma.lastIndexOf('-');
        if (dash > 0) {
            k = KIND.get(lemma.substring(dash + 1));
            if (k != null) {
                return k;
            }
        }
        return lemma;
    }
}
