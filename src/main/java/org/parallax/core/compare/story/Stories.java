package org.parallax.core.compare.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parallax.core.article.Article;
import org.parallax.core.compare.text.Synonyms;
import org.parallax.core.compare.text.TokenizedText;
import org.parallax.core.compare.text.Vocabulary;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story groups of a set of articles (a library): which articles cover the same story, by
 * {@link StoryGrouper}, each group with a label, its date range and outlets. What {@code parallax compare
 * --story} and the desktop app's Stories panel show, so both agree.
 *
 * <p>What grouping reads from an article's body is kept per article id (an id is a hash of the body), so grouping
 * the library again after an import or an edit reads only the new articles; the comparing step runs again over
 * all (see {@link StoryGrouper} for how it stays bounded on large libraries). A story of several articles, once
 * formed, stays whole through later calls on the same instance (the app's library): more articles arriving never
 * split it (see {@link #keepWhole}); a new instance (the command line, the next start) groups from the articles
 * alone. Thread-safe: calls run one at a time.
 */
public final class Stories {

    private static final Logger LOG = LoggerFactory.getLogger(Stories.class);
    /** Names shown with a story at most. */
    static final int MAX_NAMES = 4;

    /**
     * One story.
     *
     * @param ids     its articles, in the order given (the library's: newest first)
     * @param title   the story's name: what its articles' titles and leads share (see {@link Stories#name}); for a
     *                story of one article, its title; {@code null} if none
     * @param names   the names most of its articles mention, most shared first (at most {@value #MAX_NAMES})
     * @param first   its earliest publication date, {@code null} when no article is dated
     * @param last    its latest publication date, {@code null} when no article is dated
     * @param outlets its articles' outlets, distinct, in order of first appearance
     */
    public record Story(List<String> ids, String title, List<String> names, LocalDate first, LocalDate last,
                        List<String> outlets) {

        public Story {
            ids = List.copyOf(ids);
            names = List.copyOf(names);
            outlets = List.copyOf(outlets);
        }

        public int size() {
            return ids.size();
        }

        /** A story of two or more articles can be opened as a comparison; one of a single article cannot. */
        public boolean comparable() {
            return ids.size() >= 2;
        }

        public boolean contains(String id) {
            return ids.contains(id);
        }

        /** The name ({@link #title()}), else the names, else the first article's id. */
        public String label() {
            if (title != null && !title.isBlank()) {
                return title;
            }
            return names.isEmpty() ? ids.get(0) : String.join(", ", names);
        }
    }

    private final StoryGrouper grouper;
    private final Vocabulary vocabulary = new Vocabulary(Synonyms.DEFAULT);
    private final Map<String, StoryGrouper.Features> cache = new HashMap<>();
    private final Map<String, Lead> leadCache = new HashMap<>();
    /** The stories of several articles the last call formed, as article ids. */
    private List<List<String>> formed = List.of();

    /** With {@link StoryGrouper}'s defaults (as {@code compare --story}). */
    public Stories() {
        this(new StoryGrouper());
    }

    public Stories(StoryGrouper grouper) {
        this.grouper = Objects.requireNonNull(grouper);
    }

    /**
     * Groups the articles into stories: every article in exactly one. Stories of several articles come first,
     * largest first, then by latest date (newest first).
     *
     * @param progress told of articles read, then compared
     */
    public synchronized List<Story> group(List<Article> articles, Progress progress, Cancellation cancellation)
            throws CancelledException {
        long started = System.nanoTime();
        int n = articles.size();
        List<StoryGrouper.Features> features = new ArrayList<>(n);
        List<LocalDate> dates = new ArrayList<>(n);
        Set<String> seen = new LinkedHashSet<>();
        int read = 0;
        for (int i = 0; i < n; i++) {
            Article a = articles.get(i);
            if (!seen.add(a.id())) {
                throw new IllegalArgumentException("article listed twice: " + a.id());
            }
            StoryGrouper.Features f = cache.get(a.id());
            if (f == null) {
                if (read % 16 == 0) {
                    cancellation.check();
                }
                f = StoryGrouper.Features.of(a.body(), vocabulary);
                cache.put(a.id(), f);
                read++;
            }
            features.add(f);
            dates.add(a.metadata().published());
            if (i % 64 == 0 || i == n - 1) {
                progress.update(i + 1L, 2L * n, "Reading articles");
            }
        }
        cache.keySet().retainAll(seen);
        List<List<Integer>> groups = keepWhole(grouper.groupFeatures(features, dates, progress, cancellation), articles);
        List<Lead> leads = new ArrayList<>(n);
        Map<String, Integer> leadDf = new HashMap<>();
        for (Article a : articles) {
            Lead lead = leadCache.computeIfAbsent(a.id(), id -> Lead.of(a, vocabulary));
            leads.add(lead);
            lead.words.keySet().forEach(w -> leadDf.merge(w, 1, Integer::sum));
        }
        leadCache.keySet().retainAll(seen);
        List<Story> stories = new ArrayList<>(groups.size());
        for (List<Integer> g : groups) {
            stories.add(story(g, articles, features, leads, leadDf));
        }
        stories.sort(ORDER);
        formed = stories.stream().filter(Story::comparable).map(st -> List.copyOf(st.ids())).toList();
        LOG.info("Grouped {} articles ({} read) into {} stories ({} of several articles) in {} ms", n, read,
                stories.size(), stories.stream().filter(Story::comparable).count(), (System.nanoTime() - started) / 1_000_000);
        return stories;
    }

    /**
     * The groups with every story the last call formed kept whole: the groups holding its articles (those still
     * there) become one. A story's articles never part as more articles arrive, whatever the new articles do to
     * the similarities (the library's word frequencies change with every import); new articles still join or stay
     * apart as the grouper finds. Ordered as {@link StoryGrouper#groups}.
     */
    private List<List<Integer>> keepWhole(List<List<Integer>> groups, List<Article> articles) {
        if (formed.isEmpty()) {
            return groups;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.put(articles.get(i).id(), i);
        }
        int[] groupOf = new int[articles.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                groupOf[i] = g;
            }
        }
        int[] parent = new int[groups.size()];
        for (int g = 0; g < parent.length; g++) {
            parent[g] = g;
        }
        for (List<String> story : formed) {
            int first = -1;
            for (String id : story) {
                Integer i = index.get(id);
                if (i == null) {
                    continue;
                }
                int root = root(parent, groupOf[i]);
                if (first < 0) {
                    first = root;
                } else if (root != first) {
                    parent[Math.max(root, first)] = Math.min(root, first);
                    first = Math.min(root, first);
                }
            }
        }
        Map<Integer, List<Integer>> merged = new java.util.TreeMap<>();
        for (int g = 0; g < groups.size(); g++) {
            merged.computeIfAbsent(root(parent, g), r -> new ArrayList<>()).addAll(groups.get(g));
        }
        List<List<Integer>> out = new ArrayList<>(merged.size());
        for (List<Integer> g : merged.values()) {
            g.sort(null);
            out.add(List.copyOf(g));
        }
        out.sort(Comparator.comparingInt(g -> g.get(0)));
        return out;
    }

    private static int root(int[] parent, int g) {
        while (parent[g] != g) {
            parent[g] = parent[parent[g]];
            g = parent[g];
        }
        return g;
    }

    /** What an incremental update asks of the library. */
    public interface Neighbourhood {
        /** The ids of up to {@code limit} articles most like this one (itself left out), from the index. */
        List<String> similar(String id, int limit) throws Exception;

        /** {@link #similar(String, int)} of each of these articles, in one call: by id, in the order given. */
        default Map<String, List<String>> similar(java.util.Collection<String> ids, int limit) throws Exception {
            Map<String, List<String>> out = new java.util.LinkedHashMap<>();
            for (String id : ids) {
                out.put(id, similar(id, limit));
            }
            return out;
        }

        /** The articles with these ids that are in the library, bodies included. */
        List<Article> articles(java.util.Collection<String> ids) throws Exception;
    }

    /** Neighbours looked up in the index for each article added. */
    public static final int NEIGHBOURS = 10;
    /** Most articles an update regroups; beyond, the caller groups the whole library again. */
    public static final int MAX_AFFECTED = 3000;

    /**
     * Stories of more articles than this are extended, not regrouped, by an update: a new article grouped with
     * members of one joins it, a removed one leaves it, and the rest of it is not read.
     */
    public static final int LARGE = 100;

    /**
     * The stories after some articles were added (or changed) and others removed, without grouping the whole
     * library again: each added article's {@value #NEIGHBOURS} nearest articles are found in the index, and the
     * added articles, those neighbours and every member of the stories holding them (or holding a removed
     * article) are grouped again; the other stories stay as they were. A story of more than {@value #LARGE}
     * articles is not regrouped: its removed articles leave it, and an added article that the grouping puts
     * together with some of its members joins it (with the others of its group). Empty when that would regroup
     * more than {@value #MAX_AFFECTED} articles: then group the whole library.
     *
     * @param previous the stories before the change (as {@link #group} or this method gave them)
     * @param added    the articles added or changed since
     * @param removed  the ids of the articles removed since
     */
    public synchronized Optional<List<Story>> update(List<Story> previous, List<Article> added,
                                                     java.util.Collection<String> removed, Neighbourhood library,
                                                     Progress progress, Cancellation cancellation) throws Exception {
        long started = System.nanoTime();
        Set<String> gone = new java.util.HashSet<>(removed);
        Set<String> addedIds = new java.util.HashSet<>();
        for (Article a : added) {
            addedIds.add(a.id());
            gone.remove(a.id());
        }
        // an added article that is a member of a large story (changed) leaves it and is grouped again
        Set<String> leaving = new java.util.HashSet<>(gone);
        leaving.addAll(addedIds);
        // stories by position in this list: a story's hash is its ids' (thousands of stories hashed per update)
        Map<String, Integer> storyOf = new HashMap<>();
        List<Story> stories = new ArrayList<>(previous.size());
        for (Story st : previous) {
            Story s = st.size() > LARGE && st.ids().stream().anyMatch(leaving::contains) ? less(st, leaving) : st;
            if (s == null) {
                continue;
            }
            Integer at = stories.size();
            stories.add(s);
            for (String id : s.ids()) {
                storyOf.put(id, at);
            }
        }
        Set<String> affected = new LinkedHashSet<>(addedIds);
        cancellation.check();
        Map<String, List<String>> neighbours = library.similar(added.stream().map(Article::id).toList(), NEIGHBOURS);
        for (Article a : added) {
            for (String id : neighbours.getOrDefault(a.id(), List.of())) {
                if (!gone.contains(id)) {
                    affected.add(id);
                }
            }
        }
        progress.update(added.size(), 2L * added.size(), "Finding neighbours");
        boolean[] isTouched = new boolean[stories.size()];
        List<Integer> touched = new ArrayList<>();
        for (String id : affected) {
            Integer at = storyOf.get(id);
            if (at != null && stories.get(at).size() <= LARGE && !isTouched[at]) {
                isTouched[at] = true;
                touched.add(at);
            }
        }
        for (int at = 0; at < stories.size(); at++) {
            Story st = stories.get(at);
            if (!isTouched[at] && st.size() <= LARGE && st.ids().stream().anyMatch(gone::contains)) {
                isTouched[at] = true;
                touched.add(at);
            }
        }
        for (int at : touched) {
            for (String id : stories.get(at).ids()) {
                if (!gone.contains(id)) {
                    affected.add(id);
                }
            }
        }
        if (affected.size() > MAX_AFFECTED) {
            LOG.info("An update would regroup {} articles (more than {}): grouping the whole library", affected.size(),
                    MAX_AFFECTED);
            return Optional.empty();
        }
        Map<String, Article> members = new HashMap<>();
        for (Article a : added) {
            members.put(a.id(), a);
        }
        List<String> toRead = affected.stream().filter(id -> !members.containsKey(id)).toList();
        for (Article a : library.articles(toRead)) {
            members.put(a.id(), a);
        }
        List<Article> ordered = new ArrayList<>(members.values());
        ordered.sort(NEWEST_FIRST);
        List<Story> regrouped = group(ordered, Progress.NONE, cancellation);
        // a group holding members of large stories joins the one it shares most with; those members stay put
        Map<Integer, List<Article>> joining = new java.util.LinkedHashMap<>();
        List<Story> out = new ArrayList<>(stories.size() + regrouped.size());
        for (Story r : regrouped) {
            Map<Integer, Integer> shared = new java.util.LinkedHashMap<>();
            for (String id : r.ids()) {
                Integer at = storyOf.get(id);
                if (at != null && stories.get(at).size() > LARGE) {
                    shared.merge(at, 1, Integer::sum);
                }
            }
            if (shared.isEmpty()) {
                out.add(r);
                continue;
            }
            Integer into = shared.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            List<String> rest = r.ids().stream().filter(id -> storyOf.get(id) == null
                    || stories.get(storyOf.get(id)).size() <= LARGE).toList();
            if (!rest.isEmpty()) {
                List<Article> newcomers = joining.computeIfAbsent(into, k -> new ArrayList<>());
                rest.forEach(id -> newcomers.add(members.get(id)));
            }
        }
        for (int at = 0; at < stories.size(); at++) {
            if (isTouched[at]) {
                continue;
            }
            Story st = stories.get(at);
            List<Article> newcomers = joining.get(at);
            out.add(newcomers == null ? st : extended(st, newcomers));
        }
        out.sort(ORDER);
        // the regrouping above formed only the touched stories: every story stays whole from now on
        formed = out.stream().filter(Story::comparable).map(st -> List.copyOf(st.ids())).toList();
        LOG.info("Updated the stories for {} added and {} removed articles: {} articles regrouped, {} joined large"
                        + " stories, in {} ms", added.size(), removed.size(), ordered.size(),
                joining.values().stream().mapToInt(List::size).sum(), (System.nanoTime() - started) / 1_000_000);
        return Optional.of(out);
    }

    /** The story without these articles (name, names and outlets as they were), or null when none is left. */
    private static Story less(Story st, Set<String> leaving) {
        List<String> kept = st.ids().stream().filter(id -> !leaving.contains(id)).toList();
        return kept.isEmpty() ? null : new Story(kept, st.title(), st.names(), st.first(), st.last(), st.outlets());
    }

    /** The story with these articles added at the end: its dates and outlets take them in; its name stays. */
    private static Story extended(Story st, List<Article> newcomers) {
        List<String> ids = new ArrayList<>(st.ids());
        Set<String> outlets = new LinkedHashSet<>(st.outlets());
        LocalDate first = st.first();
        LocalDate last = st.last();
        for (Article a : newcomers) {
            ids.add(a.id());
            LocalDate d = a.metadata().published();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
            if (a.metadata().outlet() != null && !a.metadata().outlet().isBlank()) {
                outlets.add(a.metadata().outlet().strip());
            }
        }
        return new Story(ids, st.title(), st.names(), first, last, new ArrayList<>(outlets));
    }

    /** Articles added by one step of {@link #updateInSteps}, at most. */
    public static final int STEP = 50;

    /**
     * The stories after many articles were added and others removed, found a step at a time so that memory and
     * each step's work stay bounded whatever the library's size: the removed articles leave their stories (those
     * stories regrouped), then the added ones are taken {@value #STEP} at a time, each step an {@link #update}
     * (the step's articles, their neighbours from the index and the stories holding them, regrouped). An added
     * article that an earlier step already placed (as another's neighbour) is not looked up again. A step that
     * would regroup more than {@value #MAX_AFFECTED} articles is split; an article that alone would, stays a
     * story of its own. This is how a library too large to group at once (all pairs of articles in memory) is
     * grouped the first time, from no stories.
     *
     * @param previous  the stories before (empty for none)
     * @param added     the ids of the articles added or changed since
     * @param removed   the ids of the articles removed since
     * @param afterStep told of the stories after each step (to keep them, so that work stopped midway is not lost)
     * @param progress  told of the articles placed
     */
    public List<Story> updateInSteps(List<Story> previous, java.util.Collection<String> added,
                                     java.util.Collection<String> removed, Neighbourhood library,
                                     java.util.function.Consumer<List<Story>> afterStep, Progress progress,
                                     Cancellation cancellation) throws Exception {
        long started = System.nanoTime();
        List<Story> current = previous;
        List<String> gone = new ArrayList<>(new LinkedHashSet<>(removed));
        for (int from = 0; from < gone.size(); from += STEP) {
            cancellation.check();
            List<String> step = gone.subList(from, Math.min(gone.size(), from + STEP));
            current = update(current, List.of(), step, library, Progress.NONE, cancellation)
                    .orElse(without(current, step));
        }
        Set<String> placed = new java.util.HashSet<>();
        for (Story st : current) {
            placed.addAll(st.ids());
        }
        List<String> todo = new ArrayList<>(new java.util.TreeSet<>(added));
        Set<String> changed = new java.util.HashSet<>(todo);
        placed.removeAll(changed); // an article changed since is placed again, wherever it was
        int total = todo.size();
        int steps = 0;
        int next = 0;
        while (next < todo.size()) {
            cancellation.check();
            List<String> step = new ArrayList<>(STEP);
            while (next < todo.size() && step.size() < STEP) {
                String id = todo.get(next++);
                if (!placed.contains(id)) {
                    step.add(id);
                }
            }
            if (step.isEmpty()) {
                break;
            }
            List<Article> articles = library.articles(step);
            current = addStep(current, articles, library, cancellation);
            steps++;
            // placed by this step: its articles and the neighbours now in a story with one of them (a neighbour
            // left on its own is looked up in its turn)
            Set<String> stepIds = Set.copyOf(step);
            placed.addAll(stepIds);
            for (Story st : current) {
                if (st.comparable() && st.ids().stream().anyMatch(stepIds::contains)) {
                    placed.addAll(st.ids());
                }
            }
            progress.update(next, total, "Grouping stories");
            afterStep.accept(current);
        }
        LOG.info("Grouped in {} steps: {} articles added, {} removed, {} stories, in {} ms", steps, total, gone.size(),
                current.size(), (System.nanoTime() - started) / 1_000_000);
        return current;
    }

    /** One step's articles added: an update, split in halves while it would regroup too many articles. */
    private List<Story> addStep(List<Story> current, List<Article> articles, Neighbourhood library,
                                Cancellation cancellation) throws Exception {
        if (articles.isEmpty()) {
            return current;
        }
        Optional<List<Story>> updated = update(current, articles, List.of(), library, Progress.NONE, cancellation);
        if (updated.isPresent()) {
            return updated.get();
        }
        if (articles.size() == 1) {
            LOG.info("Article {} would regroup more than {} articles: it stays a story of its own", articles.get(0).id(),
                    MAX_AFFECTED);
            List<Story> out = new ArrayList<>(without(current, List.of(articles.get(0).id())));
            synchronized (this) {
                out.addAll(group(articles, Progress.NONE, cancellation));
                out.sort(ORDER);
                formed = out.stream().filter(Story::comparable).map(st -> List.copyOf(st.ids())).toList();
            }
            return out;
        }
        int half = articles.size() / 2;
        List<Story> first = addStep(current, articles.subList(0, half), library, cancellation);
        return addStep(first, articles.subList(half, articles.size()), library, cancellation);
    }

    /** The stories with these articles taken out (a story left empty goes); names and dates as they were. */
    static List<Story> without(List<Story> stories, java.util.Collection<String> ids) {
        Set<String> gone = new java.util.HashSet<>(ids);
        List<Story> out = new ArrayList<>(stories.size());
        for (Story st : stories) {
            Story kept = st.ids().stream().anyMatch(gone::contains) ? less(st, gone) : st;
            if (kept != null) {
                out.add(kept);
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * Takes these stories (kept from an earlier run, {@link SavedStories}) as formed: grouping again keeps each
     * of them whole, as if this instance had formed them.
     */
    public synchronized void remember(List<Story> stories) {
        formed = stories.stream().filter(Story::comparable).map(st -> List.copyOf(st.ids())).toList();
    }

    /** The library's list order: newest first, undated last, then title, then id. */
    private static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.metadata().published(), Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(a -> a.metadata().title(), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(Article::id);

    /** Several-article stories first, largest first, then by latest date (newest first). */
    private static final Comparator<Story> ORDER = Comparator.comparingInt(Story::size).reversed()
            .thenComparing(Story::last, Comparator.nullsLast(Comparator.reverseOrder()));

    /** The story holding the article with this id, if any. */
    public static Optional<Story> storyOf(List<Story> stories, String id) {
        return stories.stream().filter(s -> s.contains(id)).findFirst();
    }

    private static Story story(List<Integer> group, List<Article> articles, List<StoryGrouper.Features> features,
                               List<Lead> leads, Map<String, Integer> leadDf) {
        List<String> ids = new ArrayList<>(group.size());
        LocalDate first = null;
        LocalDate last = null;
        Set<String> outlets = new LinkedHashSet<>();
        Article earliest = null;
        for (int i : group) {
            Article a = articles.get(i);
            ids.add(a.id());
            LocalDate d = a.metadata().published();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
                if (a.metadata().title() != null && (earliest == null || earliest.metadata().published() == null
                        || d.isBefore(earliest.metadata().published()))) {
                    earliest = a;
                }
            } else if (earliest == null && a.metadata().title() != null) {
                earliest = a;
            }
            if (a.metadata().outlet() != null && !a.metadata().outlet().isBlank()) {
                outlets.add(a.metadata().outlet().strip());
            }
        }
        List<String> names = names(group, features);
        String title = group.size() == 1 ? (earliest == null ? null : earliest.metadata().title())
                : name(group, leads, leadDf, articles.size(), names, features);
        return new Story(ids, title, names, first, last, new ArrayList<>(outlets));
    }

    /** Words a story's name takes at most. */
    static final int NAME_WORDS = 4;

    /**
     * The name of a story of several articles: the words its articles' titles and leads (the first two sentences)
     * share, most salient first, a word being salient as it is in more of the story's articles and in fewer of the
     * library's (share of the story's articles times {@code log(1 + n / df)}); only words in at least two of its
     * articles and in at least a third of them. A word inside one of the story's {@code names} (a run of
     * capitalised words its bodies share: "East Palestine") brings the whole name. Never one article's title: a
     * caption taken for a title names nothing unless the other articles say the same. {@code null} when the
     * articles share no such word.
     */
    static String name(List<Integer> group, List<Lead> leads, Map<String, Integer> leadDf, int libraryArticles,
                       List<String> names, List<StoryGrouper.Features> features) {
        Map<String, Integer> members = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (int i : group) {
            for (Map.Entry<String, String> e : leads.get(i).words.entrySet()) {
                members.merge(e.getKey(), 1, Integer::sum);
                forms.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(e.getValue(), 1, Integer::sum);
            }
        }
        int least = Math.max(2, (group.size() + 2) / 3);
        // the form most written (ties: the first alphabetically), capitalised where a body writes it so mid-sentence
        Map<String, String> form = new HashMap<>();
        for (String w : members.keySet()) {
            String f = forms.get(w).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            if (f.equals(f.toLowerCase(java.util.Locale.ROOT))) {
                for (int i : group) {
                    String written = features.get(i).phraseForms.get(f);
                    if (written != null) {
                        f = written;
                        break;
                    }
                }
            }
            form.put(w, f);
        }
        // ordered by salience, ties by the form (canonical ids depend on the order texts were read)
        List<String> ranked = members.keySet().stream()
                .filter(w -> members.get(w) >= least)
                .sorted(Comparator.comparingDouble((String w) -> -members.get(w)
                                * Math.log(1.0 + (double) libraryArticles / leadDf.getOrDefault(w, 1)))
                        .thenComparing(form::get))
                .toList();
        List<String> parts = new ArrayList<>();
        int words = 0;
        for (String w : ranked) {
            if (words >= NAME_WORDS) {
                break;
            }
            String f = form.get(w);
            String part = names.stream().filter(nm -> containsWord(nm, f)).findFirst().orElse(f);
            if (parts.stream().anyMatch(p -> containsWord(p, f) || p.equalsIgnoreCase(part))) {
                continue;
            }
            parts.add(part);
            words += part.split(" ").length;
        }
        if (parts.isEmpty()) {
            return null;
        }
        String joined = String.join(", ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static boolean containsWord(String phrase, String word) {
        for (String w : phrase.split("[\\s\\-]+")) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The content words of an article's title and lead: canonical form -> the form written (a name capitalised). */
    static final class Lead {
        /** Characters of the body read as its lead, at most (cut at a sentence end within). */
        static final int LEAD_CHARS = 400;
        final Map<String, String> words;

        private Lead(Map<String, String> words) {
            this.words = words;
        }

        static Lead of(Article a, Vocabulary vocab) {
            String title = a.metadata().title();
            String body = a.body();
            List<org.parallax.core.article.Span> sentences =
                    org.parallax.core.compare.text.PassageSplitter.sentences().split(body);
            int leadEnd = Math.min(body.length(), LEAD_CHARS);
            if (sentences.size() >= 2) {
                leadEnd = Math.min(leadEnd, sentences.get(1).end());
            }
            Map<String, String> words = new HashMap<>();
            if (title != null && !title.isBlank()) {
                add(title, vocab, words, false);
            }
            add(body.substring(0, leadEnd), vocab, words, true);
            return new Lead(words);
        }

        /**
         * Adds the text's content words (not stop words or numbers, two letters or more); a word written
         * capitalised inside a sentence of running text (not a title, where every word may be) keeps its capital.
         */
        private static void add(String text, Vocabulary vocab, Map<String, String> words, boolean running) {
            TokenizedText tok = TokenizedText.of(text,
                    org.parallax.core.compare.text.PassageSplitter.sentences().split(text), vocab);
            for (int k = 0; k < tok.tokenCount(); k++) {
                int f = tok.flags[k];
                if ((f & TokenizedText.WORD) == 0 || (f & TokenizedText.STOP) != 0 || (f & TokenizedText.NUMBER) != 0
                        || tok.end[k] - tok.start[k] < 3) {
                    continue;
                }
                // a possessive is the word: "Ostbury's" names Ostbury
                String surface = text.substring(tok.start[k], tok.end[k]).replaceFirst("['\u2019][sS]$", "");
                String key = Integer.toString(tok.canonical[k]);
                boolean name = running && (f & TokenizedText.CAPITAL) != 0 && (f & TokenizedText.FIRST) == 0;
                String form = name ? surface : surface.toLowerCase(java.util.Locale.ROOT);
                String had = words.get(key);
                if (had == null || (name && !Character.isUpperCase(had.charAt(0)))) {
                    words.put(key, form);
                }
            }
        }
    }

    /**
     * The names (runs of capitalised words: "North Korea", "Zelensky") most members mention, in two or more members
     * when there are several, most shared first; a name inside or extending one already chosen is left out.
     */
    private static List<String> names(List<Integer> group, List<StoryGrouper.Features> features) {
        Map<String, Integer> members = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        for (int i : group) {
            StoryGrouper.Features f = features.get(i);
            for (Map.Entry<String, Integer> e : f.phrases.entrySet()) {
                members.merge(e.getKey(), 1, Integer::sum);
                mentions.merge(e.getKey(), e.getValue(), Integer::sum);
                forms.putIfAbsent(e.getKey(), f.phraseForms.get(e.getKey()));
            }
        }
        int least = group.size() >= 2 ? 2 : 1;
        List<String> ranked = members.keySet().stream()
                .filter(name -> members.get(name) >= least)
                .sorted(Comparator.comparingInt((String name) -> members.get(name)).reversed()
                        .thenComparing(name -> mentions.get(name), Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> chosen = new ArrayList<>();
        for (String name : ranked) {
            if (chosen.size() == MAX_NAMES) {
                break;
            }
            if (chosen.stream().noneMatch(c -> c.contains(name) || name.startsWith(c))) {
                chosen.add(name);
            }
        }
        return chosen.stream().map(forms::get).toList();
    }
}
