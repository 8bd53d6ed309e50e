package org.essaykit.render;

import org.essaykit.diag.SourcePos;
import org.essaykit.output.JsonWriter;
import org.essaykit.output.SiteFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The postings of a search index ({@link SearchIndex}): for each term, the documents (by number) that have it and
 * its weight in each, grouped into shards by the term's first characters, and each shard's file. A build fills one
 * and writes every shard once; {@code serve} keeps one and moves the documents an edit changed, writing again only
 * the shards whose entries changed.
 */
public final class SearchPostings {

    /** What becomes of each shard's file once made (a build writes it out at once). */
    private final UnaryOperator<SiteFile> keep;
    /** Whether each term's entry is kept as written, for the next write of its shard. */
    private final boolean keepEntries;
    private final Map<String, Postings> index = new HashMap<>();
    private final Map<String, TreeSet<String>> shards = new TreeMap<>();
    private final Map<String, SiteFile> shardFiles = new TreeMap<>();

    private SearchPostings(UnaryOperator<SiteFile> keep, boolean keepEntries) {
        this.keep = keep;
        this.keepEntries = keepEntries;
    }

    /** Postings whose shards are written once, each handed to {@code keep}: no entry outlives its shard. */
    public static SearchPostings writtenOnce(UnaryOperator<SiteFile> keep) {
        return new SearchPostings(keep, false);
    }

    /** Postings whose shards are written again as documents move: each entry is kept as written until it changes. */
    public static SearchPostings rewritten() {
        return new SearchPostings(UnaryOperator.identity(), true);
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

    /** Adds a document's terms; each term in {@code terms} becomes the index's own string, shared by all documents. */
    public void add(int id, SearchIndex.Tokenized terms) {
        for (int t = 0; t < terms.terms().length; t++) {
            Postings postings = posting(terms.terms()[t]);
            postings.add(id, terms.weights()[t]);
            terms.terms()[t] = postings.term;
        }
    }

    private Postings posting(String term) {
        return index.computeIfAbsent(term, t -> {
            shards.computeIfAbsent(shard(t), s -> new TreeSet<>()).add(t);
            return new Postings(t);
        });
    }

    /** Moves document {@code id} from its old terms to its new ones (both sorted), noting the shards that changed. */
    public void update(int id, SearchIndex.Tokenized before, SearchIndex.Tokenized after, Set<String> dirty) {
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

    /** Writes every shard, in parallel (shards of large sites are megabytes), stored in order. */
    public void writeAll(SourcePos origin) {
        shardFiles.clear();
        shards.entrySet().parallelStream()
                .map(shard -> keep.apply(new SiteFile.Generated(SearchIndex.DIR + shard.getKey() + ".json",
                        shardJson(shard.getValue()), origin)))
                .toList().forEach(file -> shardFiles.put(shardOfFile(file), file));
    }

    /** Writes one shard again, or drops it when no term is left in it. */
    public void write(String shard, SourcePos origin) {
        SortedSet<String> terms = shards.get(shard);
        if (terms == null || terms.isEmpty()) {
            shards.remove(shard);
            shardFiles.remove(shard);
        } else {
            shardFiles.put(shard, keep.apply(new SiteFile.Generated(SearchIndex.DIR + shard + ".json",
                    shardJson(terms), origin)));
        }
    }

    /** The shards' names, in order. */
    public List<String> shardNames() {
        return List.copyOf(shardFiles.keySet());
    }

    /** The shards' files, in the order of their names. */
    public List<SiteFile> files() {
        return new ArrayList<>(shardFiles.values());
    }

    /** Forgets every document. */
    public void clear() {
        index.clear();
        shards.clear();
        shardFiles.clear();
    }

    private static String shardOfFile(SiteFile file) {
        return file.path().substring(SearchIndex.DIR.length(), file.path().length() - ".json".length());
    }

    /**
     * {"term":[doc,weight,...],...} with terms sorted, put together from each term's entry as last written:
     * shards of large sites are megabytes, and an edit changes a few entries of each.
     */
    private byte[] shardJson(SortedSet<String> terms) {
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
