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
 * all (see {@link StoryGrouper} for how it stays bounded on large libraries). Thread-safe: calls run one at a time.
 */
public final class Stories {

    private static final Logger LOG = LoggerFactory.getLogger(Stories.class);
    /** Names shown with a story at most. */
    static final int MAX_NAMES = 4;

    /**
     * One story.
     *
     * @param ids     its articles, in the order given (the library's: newest first)
     * @param title   the title of its earliest article (or of the first one with a title); {@code null} if none
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

        /** The title, else the names, else the first article's id. */
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
        List<List<Integer>> groups = grouper.groupFeatures(features, dates, progress, cancellation);
        List<Story> stories = new ArrayList<>(groups.size());
        for (List<Integer> g : groups) {
            stories.add(story(g, articles, features));
        }
        stories.sort(ORDER);
        LOG.info("Grouped {} articles ({} read) into {} stories ({} of several articles) in {} ms", n, read,
                stories.size(), stories.stream().filter(Story::comparable).count(), (System.nanoTime() - started) / 1_000_000);
        return stories;
    }

    /** What an incremental update asks of the library. */
    public interface Neighbourhood {
        /** The ids of up to {@code limit} articles most like this one (itself left out), from the index. */
        List<String> similar(String id, int limit) throws Exception;

        /** The articles with these ids that are in the library, bodies included. */
        List<Article> articles(java.util.Collection<String> ids) throws Exception;
    }

    /** Neighbours looked up in the index for each article added. */
    public static final int NEIGHBOURS = 20;
    /** Most articles an update regroups; beyond, the caller groups the whole library again. */
    public static final int MAX_AFFECTED = 3000;

    /**
     * The stories after some articles were added (or changed) and others removed, without grouping the whole
     * library again: each added article's {@value #NEIGHBOURS} nearest articles are found in the index, and the
     * added articles, those neighbours and every member of the stories holding them (or holding a removed
     * article) are grouped again; the other stories stay as they were. Empty when that would regroup more than
     * {@value #MAX_AFFECTED} articles: then group the whole library.
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
        Map<String, Story> storyOf = new HashMap<>();
        for (Story st : previous) {
            for (String id : st.ids()) {
                storyOf.put(id, st);
            }
        }
        Set<String> affected = new LinkedHashSet<>();
        for (Article a : added) {
            affected.add(a.id());
            gone.remove(a.id());
        }
        int looked = 0;
        for (Article a : added) {
            cancellation.check();
            for (String id : library.similar(a.id(), NEIGHBOURS)) {
                if (!gone.contains(id)) {
                    affected.add(id);
                }
            }
            progress.update(++looked, 2L * added.size(), "Finding neighbours");
        }
        Set<Story> touched = new LinkedHashSet<>();
        for (String id : affected) {
            Story st = storyOf.get(id);
            if (st != null) {
                touched.add(st);
            }
        }
        for (String id : gone) {
            Story st = storyOf.get(id);
            if (st != null) {
                touched.add(st);
            }
        }
        for (Story st : touched) {
            for (String id : st.ids()) {
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
        List<Story> out = new ArrayList<>(previous.size() + regrouped.size());
        for (Story st : previous) {
            if (!touched.contains(st)) {
                out.add(st);
            }
        }
        out.addAll(regrouped);
        out.sort(ORDER);
        LOG.info("Updated the stories for {} added and {} removed articles: {} articles regrouped in {} ms",
                added.size(), removed.size(), ordered.size(), (System.nanoTime() - started) / 1_000_000);
        return Optional.of(out);
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

    private static Story story(List<Integer> group, List<Article> articles, List<StoryGrouper.Features> features) {
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
        String title = earliest == null ? null : earliest.metadata().title();
        return new Story(ids, title, names(group, features), first, last, new ArrayList<>(outlets));
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
