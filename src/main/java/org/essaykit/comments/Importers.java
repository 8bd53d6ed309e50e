package org.essaykit.comments;

import org.essaykit.markdown.SafeUrls;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts other systems' comment exports to our thread format. Every comment is kept and the reply tree
 * preserved; whatever cannot be carried over as it was is listed in {@link ImportedThread#notes()}.
 */
public final class Importers {

    /** The formats {@code essaykit import comments --from} reads. */
    public enum Format { LESSWRONG, DISQUS }

    /** An export that cannot be read at all. */
    public static final class ImportException extends Exception {
        public ImportException(String message) {
            super(message);
        }
    }

    static final String EMPTY_BODY = "*(no text in the export)*";

    private Importers() {
    }

    /**
     * @param thread for Disqus, the thread's id or link when the export holds several; null otherwise
     */
    public static ImportedThread read(Format format, String text, String thread) throws ImportException {
        return switch (format) {
            case LESSWRONG -> lessWrong(text);
            case DISQUS -> disqus(text, thread);
        };
    }

    /**
     * LessWrong / Alignment Forum GraphQL results: every object with {@code _id} and {@code postedAt},
     * wherever it sits in the response, is a comment.
     */
    static ImportedThread lessWrong(String json) throws ImportException {
        Object root;
        try {
            root = JsonTree.parse(json);
        } catch (JsonTree.JsonException e) {
            throw new ImportException("not JSON: " + e.getMessage());
        }
        List<Map<?, ?>> found = new ArrayList<>();
        collect(root, found);
        List<ImportedThread.Entry> raw = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map<?, ?> c : found) {
            String id = text(c.get("_id"));
            String body = null;
            if (c.get("contents") instanceof Map<?, ?> contents && contents.get("markdown") instanceof String md && !md.isBlank()) {
                body = md;
            } else if (c.get("contents") instanceof Map<?, ?> contents && contents.get("html") instanceof String html) {
                body = HtmlText.markdown(html);
            } else if (c.get("htmlBody") instanceof String html) {
                body = HtmlText.markdown(html);
            }
            String author = c.get("user") instanceof Map<?, ?> user ? text(user.get("displayName")) : null;
            if (author == null && c.get("user") == null) {
                notes.add("comment " + id + ": no user (deleted account?): shown as unnamed");
            }
            Long score = c.get("baseScore") instanceof Number n ? n.longValue() : null;
            String source = text(c.get("pageUrl"));
            if (source != null && !SafeUrls.allowed(source)) {
                notes.add("comment " + id + ": pageUrl `" + SafeUrls.shown(source) + "` is not an http(s) link: left out");
                source = null;
            }
            raw.add(new ImportedThread.Entry(id, text(c.get("parentCommentId")), author, text(c.get("postedAt")), score,
                    source, body));
        }
        return finish(raw, notes);
    }

    private static void collect(Object value, List<Map<?, ?>> out) {
        // Explicit stack: a hostile export must not exhaust the call stack (JsonTree caps nesting too).
        java.util.Deque<Object> stack = new java.util.ArrayDeque<>();
        stack.push(value);
        while (!stack.isEmpty()) {
            Object v = stack.pop();
            if (v instanceof Map<?, ?> map) {
                if (map.get("_id") != null && map.containsKey("postedAt")) {
                    out.add(map);
                    continue;
                }
                List<Object> children = new ArrayList<>(map.values());
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            } else if (v instanceof List<?> list) {
                for (int i = list.size() - 1; i >= 0; i--) {
                    stack.push(list.get(i));
                }
            }
        }
    }

    /** Disqus XML export ({@code <disqus>} with {@code <thread>} and {@code <post>} elements), read with StAX. */
    static ImportedThread disqus(String xml, String wantedThread) throws ImportException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // No DTDs or external entities: an export is data, never a reason to fetch anything.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        Map<String, String> threadLinks = new LinkedHashMap<>();
        record Post(String id, String thread, String parent, String author, String date, String message, boolean deleted,
                    boolean spam) {
        }
        List<Post> posts = new ArrayList<>();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
            int level = 0;
            while (r.hasNext()) {
                int top = r.next();
                if (top == XMLStreamConstants.END_ELEMENT) {
                    level--;
                }
                if (top != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (++level != 2) {
                    continue;
                }
                String kind = r.getLocalName();
                String id = dsqId(r);
                Map<String, String> fields = new LinkedHashMap<>();
                String path = "";
                // Read this element's children as "/a/b" paths until its end tag.
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        path = path + "/" + r.getLocalName();
                        String ref = dsqId(r);
                        if (ref != null) {
                            fields.put(path + "@id", ref);
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        fields.merge(path, r.getText(), String::concat);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (path.isEmpty()) {
                            level--;
                            break;
                        }
                        path = path.substring(0, path.lastIndexOf('/'));
                    }
                }
                if (kind.equals("thread")) {
                    threadLinks.put(id, fields.getOrDefault("/link", "").strip());
                } else if (kind.equals("post")) {
                    posts.add(new Post(id, fields.get("/thread@id"), fields.get("/parent@id"),
                            blank(fields.get("/author/name")), blank(fields.get("/createdAt")),
                            fields.getOrDefault("/message", ""), "true".equals(blank(fields.get("/isDeleted"))),
                            "true".equals(blank(fields.get("/isSpam")))));
                }
            }
        } catch (XMLStreamException e) {
            throw new ImportException("not a Disqus XML export: " + e.getMessage());
        }
        Set<String> threads = new LinkedHashSet<>();
        posts.forEach(p -> threads.add(p.thread()));
        String thread = wantedThread;
        if (thread != null) {
            for (Map.Entry<String, String> t : threadLinks.entrySet()) {
                if (t.getValue().equals(wantedThread)) {
                    thread = t.getKey();
                }
            }
            if (!threads.contains(thread)) {
                throw new ImportException("the export has no posts in thread " + wantedThread);
            }
        } else if (threads.size() > 1) {
            throw new ImportException("the export holds " + threads.size() + " threads; choose one with --thread: "
                    + String.join(", ", threads.stream().map(t -> t + " (" + threadLinks.getOrDefault(t, "?") + ")").toList()));
        }
        List<ImportedThread.Entry> raw = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Post p : posts) {
            if (thread != null && !thread.equals(p.thread())) {
                continue;
            }
            if (p.deleted() || p.spam()) {
                notes.add("comment " + p.id() + ": marked " + (p.deleted() ? "deleted" : "spam")
                        + " in Disqus; kept, delete it by hand if it should not be shown");
            }
            raw.add(new ImportedThread.Entry(p.id(), p.parent(), p.author(), p.date(), null, null,
                    HtmlText.markdown(p.message())));
        }
        return finish(raw, notes);
    }

    private static String dsqId(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals("id")) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Makes ids anchor-safe and unique, keeps replies to missing parents at the top level, fills empty bodies. */
    private static ImportedThread finish(List<ImportedThread.Entry> raw, List<String> notes) {
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        int n = 0;
        for (ImportedThread.Entry c : raw) {
            n++;
            String id = c.id() == null ? "c" + n : c.id().replaceAll("[^A-Za-z0-9_-]", "-");
            while (!taken.add(id)) {
                id = id + "-" + n;
            }
            if (c.id() == null) {
                notes.add("comment #" + n + ": no id in the export: called " + id);
            } else if (!id.equals(c.id())) {
                notes.add("comment " + c.id() + ": id written as " + id);
            }
            ids.putIfAbsent(c.id() == null ? id : c.id(), id);
        }
        List<ImportedThread.Entry> out = new ArrayList<>();
        n = 0;
        for (ImportedThread.Entry c : raw) {
            n++;
            String id = c.id() == null ? "c" + n : ids.get(c.id());
            String parent = c.parent() == null ? null : ids.get(c.parent());
            if (c.parent() != null && parent == null) {
                notes.add("comment " + id + ": replies to " + c.parent() + ", which is not in the export: shown at the top level");
            }
            String body = c.body() == null || c.body().isBlank() ? null : c.body();
            if (body == null) {
                notes.add("comment " + id + ": no text in the export");
                body = EMPTY_BODY;
            }
            out.add(new ImportedThread.Entry(id, parent, c.author(), c.date(), c.score(), c.source(), body));
        }
        return new ImportedThread(out, notes);
    }

    private static String text(Object value) {
        return value == null ? null : blank(value.toString());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
