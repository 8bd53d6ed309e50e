package org.essaykit.render;

import org.essaykit.diag.SourcePos;
import org.essaykit.content.Document;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.SearchTerms;
import org.essaykit.output.JsonWriter;
import org.essaykit.output.SiteFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Objects;
import java.util.TreeSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The full-text search index, written at build time so search needs no server: {@code search/docs.json}
 * lists the documents and the tokenizer's stop words, and {@code search/<cc>.json} holds the postings of
 * every term starting with the characters {@code cc}, so a query downloads only the shards of its own terms.
 *
 * <p>A posting is a document number and a weight: the document's {@link SearchTerms}, made as its body was
 * rendered. The script in {@code assets/search.js} tokenizes queries the same way: lowercase, split at anything
 * but letters and digits, drop one-letter tokens and stop words, and take each word's light stem, so that a query
 * finds the other forms of its words. {@code docs.json} also lists the shards there are, so a query for a term no
 * document has fetches nothing.
 */
public final class SearchIndex {

    static final String DIR = "search/";
    /** Documents tokenized together when the index is made anew. */
    private static final int SLICE = 1024;

    private SearchIndex() {
    }

    /** Postings of one term: document numbers and weights, interleaved, documents ascending. */
    private static final class Postings {
        final String term;
        int[] values = new int[4];
        int size;
        /** The entry as written in its shard, kept until it changes: an edit rewrites shards of megabytes. */
        private byte[] json;

        Postings(String term) {
            this.term = term;
        }

        void add(int doc, int weight) {
            json = null;
            if (size + 2 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = doc;
            values[size++] = weight;
        }

        /** Sets a document's weight, keeping documents ascending. */
        void put(int doc, int weight) {
            int at = find(doc);
            if (at < size && values[at] == doc) {
                json = null;
                values[at + 1] = weight;
                return;
            }
            add(0, 0);
            System.arraycopy(values, at, values, at + 2, size - 2 - at);
            values[at] = doc;
            values[at + 1] = weight;
        }

        void remove(int doc) {
            json = null;
            int at = find(doc);
            if (at < size && values[at] == doc) {
                System.arraycopy(values, at + 2, values, at, size - at - 2);
                size -= 2;
            }
        }

        /** {@code "term":[doc,weight,...]} in UTF-8, kept for the next call if {@code keep} */
        byte[] json(boolean keep) {
            if (json == null) {
                StringBuilder out = new StringBuilder(term.length() + size * 4 + 4);
                JsonWriter.string(term, out);
                out.append(":[");
                for (int j = 0; j < size; j++) {
                    if (j > 0) {
                        out.append(',');
                    }
                    out.append(values[j]);
                }
                byte[] made = out.append(']').toString().getBytes(StandardCharsets.UTF_8);
                if (!keep) {
                    return made;
                }
                json = made;
            }
            return json;
        }

        /** Where {@code doc} is or would go: a binary search over the even places. */
        private int find(int doc) {
            int low = 0;
            int high = size / 2;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (values[2 * mid] < doc) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return 2 * low;
        }
    }

    /**
     * A document's terms, sorted, with their weights, and the {@link SearchTerms} they were read from. Arrays
     * rather than a map: a large site has millions of (document, term) pairs. Once the index holds the document,
     * each term is replaced with the index's own string, so documents share one per term.
     */
    private record Tokenized(SearchTerms source, String[] terms, int[] weights) {
        boolean madeFrom(RenderedDocument rendered) {
            return rendered.markdown().terms() == source;
        }

        static Tokenized of(RenderedDocument rendered) {
            SearchTerms terms = rendered.markdown().terms();
            return new Tokenized(terms, terms.terms(), terms.weights());
        }
    }

    /**
     * The index of the last build, kept so that the next one re-tokenizes only documents whose text changed and,
     * while the documents keep their numbers, rewrites only the shards holding a term whose postings changed.
     * A build uses a fresh one, which keeps nothing for a next write.
     */
    public static final class Live {
        /** Whether a next write will use what this one leaves: terms per document, shard entries as written. */
        private final boolean reused;
        /** What becomes of each file once made (a build writes it out at once). */
        private final UnaryOperator<SiteFile> keep;
        private List<Path> numbering = List.of();
        private final Map<Path, Integer> numbers = new HashMap<>();
        private Map<Path, Tokenized> tokens = new HashMap<>();
        private final Map<String, Postings> index = new HashMap<>();
        private final Map<String, TreeSet<String>> shards = new TreeMap<>();
        private final Map<String, SiteFile> shardFiles = new TreeMap<>();
        private List<JsonWriter.Raw> docs;
        /** The shards listed in the last docs.json written. */
        private List<String> shardNames = List.of();
        private SiteFile docsFile;
        /** The documents docs.json was last made from. */
        private List<RenderedDocument> listed = List.of();

        public Live(boolean reused, UnaryOperator<SiteFile> keep) {
            this.reused = reused;
            this.keep = keep;
        }

        /** Whether docs.json would list the same for these documents (numbers): URL, title, kind and summary. */
        private boolean sameListing(List<RenderedDocument> all, List<Integer> ids) {
            for (int id : ids) {
                Document before = listed.get(id).doc();
                Document after = all.get(id).doc();
                if (before != after && !(before.url().equals(after.url()) && before.title().equals(after.title())
                        && before.kind() == after.kind() && Objects.equals(before.description(), after.description()))
                        || !listed.get(id).markdown().summary().equals(all.get(id).markdown().summary())) {
                    return false;
                }
            }
            return true;
        }

        /** @param change when only bodies changed, only those documents are tokenized and listed again */
        public List<SiteFile> write(SiteGraph graph, SourcePos origin, GraphChange change) {
            List<RenderedDocument> all = graph.documents();
            // Swapping bodies into a graph keeps every document in its place: numbers stay.
            boolean bodiesOnly = change instanceof GraphChange.Bodies && docsFile != null;
            List<Path> sources = bodiesOnly ? numbering : all.stream().map(r -> r.doc().source()).toList();
            boolean sameNumbers = bodiesOnly || sources.equals(numbering);
            if (!sameNumbers) {
                numbers.clear();
                for (int id = 0; id < sources.size(); id++) {
                    numbers.put(sources.get(id), id);
                }
            }
            List<Integer> looked = change instanceof GraphChange.Bodies bodies && bodiesOnly
                    ? bodies.documents().stream().map(body -> numbers.get(body.doc().source())).sorted().toList()
                    : IntStream.range(0, all.size()).boxed().toList();
            if (sameNumbers) {
                Map<Integer, Tokenized> now = tokenize(looked, all, tokens);
                Set<String> dirty = new TreeSet<>();
                for (int id : looked) {
                    Tokenized before = tokens.get(sources.get(id));
                    if (before != now.get(id)) {
                        update(id, before, now.get(id), dirty);
                        tokens.put(sources.get(id), now.get(id));
                    }
                }
                dirty.forEach(shard -> writeShard(shard, origin));
            } else {
                index.clear();
                shards.clear();
                shardFiles.clear();
                Map<Path, Tokenized> before = tokens;
                tokens = new HashMap<>();
                // A slice at a time: until the index holds a document's terms, each is a string of its own, and
                // all of them at once would weigh more than the index itself.
                for (int from = 0; from < all.size(); from += SLICE) {
                    List<Integer> slice = IntStream.range(from, Math.min(all.size(), from + SLICE)).boxed().toList();
                    Map<Integer, Tokenized> now = tokenize(slice, all, before);
                    for (int id : slice) {
                        Tokenized terms = now.get(id);
                        for (int t = 0; t < terms.terms().length; t++) {
                            Postings postings = posting(terms.terms()[t]);
                            postings.add(id, terms.weights()[t]);
                            terms.terms()[t] = postings.term;
                        }
                        if (reused) {
                            tokens.put(sources.get(id), terms);
                        }
                    }
                }
                // Shards of large sites are megabytes: written in parallel, stored in order.
                shards.entrySet().parallelStream()
                        .map(shard -> keep.apply(new SiteFile.Generated(DIR + shard.getKey() + ".json",
                                shardJson(shard.getValue(), index, reused), origin)))
                        .toList().forEach(file -> shardFiles.put(shardOfFile(file), file));
            }
            numbering = sources;
            List<String> shardsNow = List.copyOf(shardFiles.keySet());
            if (docsFile == null || !sameNumbers || !sameListing(all, looked) || !shardsNow.equals(shardNames)) {
                // Each document's entry is kept as written; with the same numbers only the looked-at ones can differ.
                List<JsonWriter.Raw> docsNow;
                if (sameNumbers && docs != null) {
                    docsNow = new ArrayList<>(docs);
                    looked.forEach(id -> docsNow.set(id, listing(graph, all.get(id))));
                } else {
                    docsNow = all.stream().map(rendered -> listing(graph, rendered)).toList();
                }
                if (!docsNow.equals(docs) || !shardsNow.equals(shardNames)) {
                    Map<String, Object> meta = new TreeMap<>();
                    meta.put("docs", docsNow);
                    meta.put("shards", shardsNow);
                    meta.put("stop", SearchTerms.STOP_WORDS.stream().sorted().toList());
                    docs = docsNow;
                    shardNames = shardsNow;
                    docsFile = keep.apply(SiteFile.Generated.text(DIR + "docs.json", JsonWriter.compact(meta), origin));
                }
            }
            listed = reused ? all : List.of();
            List<SiteFile> files = new ArrayList<>();
            files.add(docsFile);
            files.addAll(shardFiles.values());
            return files;
        }

        /** A document's entry in docs.json: URL, title, kind and summary. */
        private static JsonWriter.Raw listing(SiteGraph graph, RenderedDocument rendered) {
            Document doc = rendered.doc();
            return JsonWriter.raw(List.of(graph.config().relativeUrl(doc.url()), doc.title(), doc.kind().defaultLayout(),
                    doc.description() != null ? doc.description() : rendered.markdown().summary()));
        }

        /** Tokenizing is most of the work and independent per document; unchanged documents keep their terms. */
        private static Map<Integer, Tokenized> tokenize(List<Integer> ids, List<RenderedDocument> all,
                                                        Map<Path, Tokenized> earlier) {
            Map<Integer, Tokenized> now = new ConcurrentHashMap<>();
            ids.parallelStream().forEach(id -> {
                RenderedDocument r = all.get(id);
                Tokenized before = earlier.get(r.doc().source());
                now.put(id, before != null && before.madeFrom(r) ? before : Tokenized.of(r));
            });
            return now;
        }

        private Postings posting(String term) {
            return index.computeIfAbsent(term, t -> {
                shards.computeIfAbsent(shard(t), s -> new TreeSet<>()).add(t);
                return new Postings(t);
            });
        }

        /** Moves document {@code id} from its old terms to its new ones (both sorted), noting the shards that changed. */
        private void update(int id, Tokenized before, Tokenized after, Set<String> dirty) {
            String[] old = before.terms();
            String[] now = after.terms();
            int i = 0;
            int j = 0;
            while (i < old.length || j < now.length) {
                int order = i == old.length ? 1 : j == now.length ? -1 : old[i].compareTo(now[j]);
                if (order == 0 && before.weights()[i] == after.weights()[j]) {
                    now[j] = old[i];
                } else if (order >= 0) {
                    dirty.add(shard(now[j]));
                    Postings postings = posting(now[j]);
                    postings.put(id, after.weights()[j]);
                    now[j] = postings.term;
                } else {
                    dirty.add(shard(old[i]));
                    Postings postings = index.get(old[i]);
                    postings.remove(id);
                    if (postings.size == 0) {
                        index.remove(old[i]);
                        shards.get(shard(old[i])).remove(old[i]);
                    }
                }
                if (order <= 0) {
                    i++;
                }
                if (order >= 0) {
                    j++;
                }
            }
        }

        private static String shardOfFile(SiteFile file) {
            return file.path().substring(DIR.length(), file.path().length() - ".json".length());
        }

        private void writeShard(String shard, SourcePos origin) {
            SortedSet<String> terms = shards.get(shard);
            if (terms == null || terms.isEmpty()) {
                shards.remove(shard);
                shardFiles.remove(shard);
            } else {
                shardFiles.put(shard, keep.apply(new SiteFile.Generated(DIR + shard + ".json",
                        shardJson(terms, index, true), origin)));
            }
        }
    }

    /**
     * {"term":[doc,weight,...],...} with terms sorted, put together from each term's entry as last written:
     * shards of large sites are megabytes, and an edit changes a few entries of each.
     */
    private static byte[] shardJson(SortedSet<String> terms, Map<String, Postings> index, boolean keepEntries) {
        List<byte[]> entries = new ArrayList<>(terms.size());
        int length = 2 + 1; // braces and the closing newline
        for (String term : terms) {
            byte[] entry = index.get(term).json(keepEntries);
            entries.add(entry);
            length += entry.length + 1;
        }
        byte[] out = new byte[length - (entries.isEmpty() ? 0 : 1)];
        int at = 0;
        out[at++] = '{';
        for (byte[] entry : entries) {
            if (at > 1) {
                out[at++] = ',';
            }
            System.arraycopy(entry, 0, out, at, entry.length);
            at += entry.length;
        }
        out[at++] = '}';
        out[at] = '\n';
        return out;
    }

    /**
     * Terms are grouped by their first two characters ("me" for "mesa"), so a query on a large site downloads
     * a few small shards; terms starting with anything outside a-z and 0-9 share the shard "_".
     */
    static String shard(String term) {
        return plain(term.charAt(0)) && plain(term.charAt(1)) ? term.substring(0, 2) : "_";
    }

    private static boolean plain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
