package org.essaykit.markdown;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.essaykit.content.SiteIndex;
import org.essaykit.diag.Diagnostic;
import org.essaykit.math.MathText;
import org.essaykit.diag.SourcePos;
import org.essaykit.diag.Suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One pass over a parsed body that gathers what later stages need: headings, links, summary, length. */
final class DocumentFacts extends AbstractVisitor {

    private static final int SUMMARY_CHARS = 240;
    private static final int LEAD_CHARS = 200;
    private static final int TOC_MIN_LEVEL = 2;
    private static final int TOC_MAX_LEVEL = 4;

    private final org.essaykit.content.Document source;
    private static final Pattern RAW_ID = Pattern.compile("\\b(id|name)\\s*=\\s*[\"']([^\"']+)[\"']");

    static final Pattern RAW_URL = Pattern.compile("\\b(href|src)\\s*=\\s*[\"']([^\"']*)[\"']");

    private final List<String> headingIds = new ArrayList<>();
    private final Set<String> anchorIds = new TreeSet<>();
    private final List<FoundLink> links = new ArrayList<>();
    private final TocBuilder toc = new TocBuilder();
    private final Map<String, String> headingTexts = new HashMap<>();
    private final Map<String, String> sectionLeads = new HashMap<>();
    /** Numbered figures and tables, by id, in order: previewed like headings. */
    private final Map<String, Section> figureSections = new LinkedHashMap<>();
    /** The last heading seen that has no paragraph after it yet. */
    private String leadless;
    private String summary = "";
    /** The search terms of the running text, counted as the walk meets each piece of it (none of it is kept). */
    private final SearchVocabulary terms;
    /** Words of running text, counted per piece. */
    private int words;
    private boolean hasCode;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final SimEmbeds sims;
    private final CodeBlockProblems code;
    private final LinkContexts contexts = new LinkContexts();

    private final SiteIndex index;

    private DocumentFacts(org.essaykit.content.Document source, SiteIndex index, SimRuns simulations,
                          SearchVocabulary terms) {
        this.source = source;
        this.index = index;
        this.sims = new SimEmbeds(source, simulations);
        this.code = new CodeBlockProblems(source);
        this.terms = terms;
    }

    /** @param terms a document's search terms as started for it: the walk counts its running text into them */
    static DocumentFacts collect(Node root, org.essaykit.content.Document source, SiteIndex index,
                                 SimRuns simulations, SearchVocabulary terms) {
        DocumentFacts facts = new DocumentFacts(source, index, simulations, terms);
        root.accept(facts);
        return facts;
    }

    List<String> headingIds() {
        return headingIds;
    }

    /** Every id a fragment may name: headings, footnotes and ids in raw HTML. */
    Set<String> anchorIds() {
        Set<String> all = new TreeSet<>(anchorIds);
        all.addAll(headingIds);
        return all;
    }

    /** Each heading's text and the start of the paragraph that follows it, for previews of #fragment links. */
    Map<String, Section> sections() {
        Map<String, Section> out = new LinkedHashMap<>();
        for (String id : headingIds) {
            out.put(id, new Section(headingTexts.get(id), sectionLeads.getOrDefault(id, "")));
        }
        figureSections.forEach(out::putIfAbsent);
        return out;
    }

    List<FoundLink> links() {
        return links;
    }

    String summary() {
        return summary;
    }

    int wordCount() {
        return words;
    }

    /** Blocks of our dialect that could not be made what they asked for (code blocks' warnings too), {@code ```sim} blocks last. */
    List<Diagnostic> problems() {
        List<Diagnostic> all = new ArrayList<>(problems);
        all.addAll(code.problems());
        all.addAll(sims.problems());
        return all;
    }

    /** Whether the body has a highlighted code block (its page then links the code styles and copy button). */
    boolean hasCode() {
        return hasCode;
    }

    /** The simulations the body's {@code ```sim} blocks embed, in order, each once. */
    List<String> simulations() {
        return sims.names();
    }

    List<TocEntry> toc() {
        return toc.entries();
    }

    @Override
    public void visit(Heading heading) {
        if (heading.getLastChild() instanceof HeadingAnchor anchor) {
            String text = PlainText.of(heading).strip();
            headingIds.add(anchor.id());
            headingTexts.put(anchor.id(), text);
            leadless = anchor.id();
            int level = heading.getLevel();
            if (level >= TOC_MIN_LEVEL && level <= TOC_MAX_LEVEL) {
                toc.add(level, anchor.id(), text);
            }
        }
        visitChildren(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
        if (paragraph.getParent() instanceof Document && (summary.isEmpty() || leadless != null)) {
            String text = PlainText.of(paragraph).strip();
            if (summary.isEmpty()) {
                summary = Excerpts.shorten(text, SUMMARY_CHARS);
            }
            if (leadless != null) {
                sectionLeads.put(leadless, Excerpts.shorten(text, LEAD_CHARS));
                leadless = null;
            }
        }
        visitChildren(paragraph);
    }

    @Override
    public void visit(Link link) {
        links.add(found(FoundLink.Kind.LINK, link, link.getDestination()));
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        links.add(found(FoundLink.Kind.IMAGE, image, image.getDestination()));
        visitChildren(image);
    }

    @Override
    public void visit(HtmlBlock html) {
        rawHtml(html, html.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
        rawHtml(html, html.getLiteral());
    }

    /**
     * Raw HTML in our own posts can hold link targets (ids) and links (href, src). A rough scan is enough:
     * the ids only prevent false alarms, and the links only let the checker point at the Markdown line.
     */
    private void rawHtml(Node node, String html) {
        Matcher ids = RAW_ID.matcher(html);
        while (ids.find()) {
            anchorIds.add(ids.group(2));
        }
        Matcher urls = RAW_URL.matcher(html);
        while (urls.find()) {
            String destination = urls.group(2);
            links.add(new FoundLink(FoundLink.Kind.LINK, destination, "", position(node), null,
                    destination.startsWith("#") ? destination.substring(1) : null, ""));
        }
    }

    /** Runs before source links are rewritten, so the destination is the one the author wrote. */
    private FoundLink found(FoundLink.Kind kind, Node node, String destination) {
        SourceLinks.Parsed parsed = SourceLinks.parse(destination, source);
        String text = PlainText.of(node);
        return new FoundLink(kind, destination, text, position(node), parsed.target(), parsed.fragment(),
                contexts.around(node, text));
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof BlockProblem problem) {
            problems.add(Diagnostic.error(position(block), problem.message(), problem.hint()));
        }
        math(block);
        if (block instanceof FootnoteDefinition footnote) {
            anchorIds.add("fn-" + footnote.getLabel());
        } else if (block instanceof ReferenceList references) {
            // a citation's preview is its whole entry, as a figure reference's is its caption
            references.entries().forEach(entry -> {
                anchorIds.add(entry.id());
                figureSections.put(entry.id(), new Section(entry.title(), entry.text()));
            });
        }
        if (block instanceof Figure figure && figure.numbering() != null) {
            labelled(figure.numbering(), figure.caption() == null ? null : PlainText.of(figure.caption()).strip());
        } else if (block instanceof FigureAnchor anchor) {
            // A simulation's figure: its sim block follows, holding the caption the post gave it, if any.
            labelled(anchor.numbering(), anchor.getNext() != null && anchor.getNext().getLastChild() instanceof FigureCaption caption
                    ? PlainText.of(caption).strip() : null);
        }
        visitChildren(block);
    }

    @Override
    public void visit(CustomNode node) {
        math(node);
        if (node instanceof FootnoteReference reference) {
            anchorIds.add("fnref-" + reference.getLabel());
        } else if (node instanceof TableCaption caption && caption.numbering() != null) {
            labelled(caption.numbering(), PlainText.of(caption).strip());
        } else if (node instanceof CrossRef reference) {
            problems.add(Diagnostic.error(position(reference), "no figure or table of this page has the id `" + reference.id() + "`",
                    Suggestions.closest(reference.id(), reference.known()).map(id -> "did you mean @" + id + "? ").orElse("")
                            + "give it with {#" + reference.id() + "} after the image, or at the end of a `Table:` caption"));
        } else if (node instanceof WikiLink wikiLink) {
            String text = PlainText.of(wikiLink);
            links.add(new FoundLink(wikiLink.written().startsWith("!") ? FoundLink.Kind.EMBED : FoundLink.Kind.WIKILINK,
                    wikiLink.written(), text, position(wikiLink),
                    SourceLinks.target(wikiLink, source, index), wikiLink.fragment(), contexts.around(wikiLink, text)));
        }
        visitChildren(node);
    }

    /** A formula that did not convert or a reference to no equation: a problem; a numbered equation: an id. */
    private void math(Node node) {
        MathProblem problem = MathEquations.problem(node);
        if (problem != null) {
            problems.add(Diagnostic.error(problem.line() == 0 ? position(node)
                    : source.bodyPosition(problem.line(), problem.column()), problem.message(), problem.hint()));
        }
        String id = MathEquations.anchor(node);
        if (id != null) {
            anchorIds.add(id);
            // A link to a numbered equation previews it as text, as a figure's previews its caption.
            MathFormula formula = MathEquations.formula(node);
            figureSections.put(id, new Section(CrossRefKind.EQUATION.word() + " (" + formula.number() + ")",
                    formula.result() != null && formula.result().ok() ? MathText.of(formula.result().mathml()) : ""));
        }
    }

    /** A numbered figure or table is a fragment a link may name, and previews show its number and caption. */
    private void labelled(Numbering numbering, String caption) {
        anchorIds.add(numbering.id());
        figureSections.put(numbering.id(), new Section(numbering.label(), caption == null ? "" : Excerpts.shorten(caption, LEAD_CHARS)));
    }

    @Override
    public void visit(FencedCodeBlock block) {
        if (SimEmbed.isSim(block)) {
            sims.add(block);
        } else {
            code.add(block);
            hasCode = true;
        }
    }

    @Override
    public void visit(Text text) {
        addPlainText(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        addPlainText(code.getLiteral());
    }

    private void addPlainText(String literal) {
        words += terms.count(literal, 1);
    }

    private SourcePos position(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return source.bodyPosition(1, 1);
        }
        SourceSpan first = spans.get(0);
        return source.bodyPosition(first.getLineIndex() + 1, first.getColumnIndex() + 1);
    }
}
