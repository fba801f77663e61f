package org.parallax.core.compare.story;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parallax.core.article.Article;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.index.LibraryException;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stories of one library, whatever its size, kept between runs ({@link SavedStories}) and brought up to date
 * with what changed: the desktop app's Stories list and {@code compare --story} both ask here.
 *
 * <ul>
 *   <li>The first time, the kept stories are read and updated with the articles that came or went since (the
 *       library's {@link Library#ids() ids} against theirs: changes made by another program are taken in).</li>
 *   <li>With none kept, a library of up to {@value #WHOLE_GROUPING} articles is grouped at once
 *       ({@link Stories#group}, every article read), a larger one a step at a time ({@link Stories#updateInSteps}:
 *       memory bounded; kept every {@value #SAVE_EVERY_SECONDS} s so that a stop midway loses little).</li>
 *   <li>After that, the articles {@link #added} and {@link #removed} since are taken in by an update
 *       ({@link Stories#update}: their neighbours from the index and the stories holding them).</li>
 * </ul>
 * What {@link #stories} gives is kept for the next run, unless the library is open read-only (the program that
 * owns it keeps them).
 */
public final class LibraryStories {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryStories.class);
    /** Most articles changed before an update gives way to grouping the whole library, or a step at a time. */
    public static final int MAX_UPDATE = 1000;
    /** Largest library grouped all at once (every article read); a larger one is grouped a step at a time. */
    public static final int WHOLE_GROUPING = 2000;
    /** How often stories grouped a step at a time are kept while the grouping runs. */
    static final int SAVE_EVERY_SECONDS = 10;
    /** Rounds of neighbours {@link #storyAround} follows out from its article. */
    static final int AROUND_ROUNDS = 3;

    private final Path directory;
    /** Keeps what grouping read from each article, so regrouping after a change reads only new articles. */
    private final Stories stories = new Stories();
    /** The stories last given (null before the first time), and what changed since. */
    private List<Stories.Story> grouped;
    private final Set<String> addedSince = new LinkedHashSet<>();
    private final Set<String> removedSince = new LinkedHashSet<>();

    /** @param directory the folder the stories of libraries are kept in (the cache folder's {@code stories}) */
    public LibraryStories(Path directory) {
        this.directory = directory;
    }

    /** An article imported, pasted or changed (a new date can move it to another story). */
    public synchronized void added(String id) {
        addedSince.add(id);
        removedSince.remove(id);
    }

    /** An article removed. */
    public synchronized void removed(String id) {
        removedSince.add(id);
        addedSince.remove(id);
    }

    /**
     * After a change not followed article by article (an import stopped midway, the samples put back): the next
     * call starts again from the kept stories and the library's ids, which tell what came and went.
     */
    public synchronized void changedUnseen() {
        grouped = null;
        addedSince.clear();
        removedSince.clear();
    }

    /** The library's stories now: see the class comment. */
    public List<Stories.Story> stories(Library library, Progress progress, Cancellation cancellation) throws Exception {
        List<Stories.Story> previous;
        Set<String> added;
        Set<String> removed;
        synchronized (this) {
            previous = grouped;
            added = new LinkedHashSet<>(addedSince);
            removed = new LinkedHashSet<>(removedSince);
            addedSince.clear();
            removedSince.clear();
        }
        try {
            SavedStories saved = new SavedStories(directory, library.location());
            if (previous == null) {
                Optional<List<Stories.Story>> kept = saved.read();
                if (kept.isPresent()) {
                    previous = kept.get();
                    stories.remember(previous);
                    Set<String> now = library.ids();
                    Set<String> before = new HashSet<>();
                    previous.forEach(st -> before.addAll(st.ids()));
                    now.stream().filter(id -> !before.contains(id)).forEach(added::add);
                    before.stream().filter(id -> !now.contains(id)).forEach(removed::add);
                    added.removeIf(id -> !now.contains(id));
                    removed.removeIf(now::contains);
                    LOG.info("Read {} saved stories of {} articles: {} articles came and {} went since", previous.size(),
                            before.size(), added.size(), removed.size());
                }
            }
            Stories.Neighbourhood neighbourhood = neighbourhood(library);
            List<Stories.Story> now = null;
            if (previous != null && added.isEmpty() && removed.isEmpty()) {
                now = previous;
            } else if (previous != null && added.size() + removed.size() <= MAX_UPDATE) {
                now = stories.update(previous, neighbourhood.articles(added), removed, neighbourhood, progress,
                        cancellation).orElse(null);
            }
            if (now == null && library.size() <= WHOLE_GROUPING) {
                List<Article> articles = library.list().stream().map(LibraryEntry::article).toList();
                now = stories.group(articles, progress, cancellation);
            } else if (now == null) {
                // read through a view that does not map the stored articles into this process's memory (the steps
                // read most of them once): at 100,000 articles the index's mapped pages were 354 MB resident
                Optional<Library> view = library.openUnmappedView();
                try {
                    Library reading = view.orElse(library);
                    List<Stories.Story> from = previous == null ? List.of() : previous;
                    Set<String> toAdd = previous == null ? reading.ids() : added;
                    long[] lastSaved = {System.nanoTime()};
                    now = stories.updateInSteps(from, toAdd, removed, neighbourhood(reading), sofar -> {
                        if (System.nanoTime() - lastSaved[0] > SAVE_EVERY_SECONDS * 1_000_000_000L) {
                            keep(library, saved, sofar);
                            lastSaved[0] = System.nanoTime();
                        }
                    }, progress, cancellation);
                } finally {
                    if (view.isPresent()) {
                        view.get().close();
                    }
                }
            }
            synchronized (this) {
                grouped = now;
            }
            if (now != previous) {
                keep(library, saved, now);
            }
            return now;
        } catch (Exception | Error e) {
            synchronized (this) {
                // not grouped: what changed is still to be taken into account
                addedSince.addAll(added);
                removedSince.addAll(removed);
            }
            throw e;
        }
    }

    /**
     * The story of one article, without grouping a large library first: the library's stories when they are
     * kept (and few articles changed since) or the library is small ({@link #stories}); else the story found
     * around the article, following neighbours out from it for up to {@value #AROUND_ROUNDS} rounds (each round
     * groups the article, the story found so far and their {@value Stories#NEIGHBOURS} nearest articles each, and
     * keeps the article's story), bounded by {@value Stories#MAX_AFFECTED} articles. At least the article itself.
     */
    public Stories.Story storyOf(Library library, String id, Progress progress, Cancellation cancellation)
            throws Exception {
        boolean known = new SavedStories(directory, library.location()).read().isPresent();
        if (known || library.size() <= WHOLE_GROUPING) {
            List<Stories.Story> all = stories(library, progress, cancellation);
            Optional<Stories.Story> found = Stories.storyOf(all, id);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return storyAround(library, id, cancellation);
    }

    /** The story found around one article by following its neighbours (see {@link #storyOf}). */
    Stories.Story storyAround(Library library, String id, Cancellation cancellation) throws Exception {
        Stories.Neighbourhood neighbourhood = neighbourhood(library);
        Set<String> expanded = new HashSet<>();
        Set<String> story = new LinkedHashSet<>(List.of(id));
        Stories.Story found = null;
        for (int round = 0; round < AROUND_ROUNDS; round++) {
            Set<String> candidates = new LinkedHashSet<>(story);
            for (String member : story) {
                cancellation.check();
                if (expanded.add(member)) {
                    candidates.addAll(neighbourhood.similar(member, Stories.NEIGHBOURS));
                }
                if (candidates.size() > Stories.MAX_AFFECTED) {
                    break;
                }
            }
            List<Article> articles = new ArrayList<>(neighbourhood.articles(candidates));
            Stories.Story next = Stories.storyOf(new Stories().group(articles, Progress.NONE, cancellation), id)
                    .orElse(null);
            if (next == null) {
                break; // the article is not in the library
            }
            found = next;
            if (expanded.containsAll(next.ids()) || candidates.size() > Stories.MAX_AFFECTED) {
                break; // nothing more to follow, or as far as it goes
            }
            story = new LinkedHashSet<>(next.ids());
        }
        return found != null ? found : new Stories.Story(List.of(id), null, List.of(), null, null, List.of());
    }

    /** The index as the stories see it: neighbours by {@link Library#similar} (a step's together), bodies by id. */
    static Stories.Neighbourhood neighbourhood(Library library) {
        return new Stories.Neighbourhood() {
            @Override
            public List<String> similar(String id, int limit) throws LibraryException {
                return library.similar(id, limit);
            }

            @Override
            public java.util.Map<String, List<String>> similar(Collection<String> ids, int limit)
                    throws LibraryException {
                return library.similar(ids, limit);
            }

            @Override
            public List<Article> articles(Collection<String> ids) throws LibraryException {
                return library.articles(ids);
            }
        };
    }

    /** Keeps the stories for the next run; a failure to write them costs a regrouping then, nothing else. */
    private static void keep(Library library, SavedStories saved, List<Stories.Story> now) {
        if (library.isReadOnly()) {
            return; // the program that owns the library keeps them
        }
        try {
            saved.write(now);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot keep the stories in {}", saved.file(), e);
        }
    }
}
