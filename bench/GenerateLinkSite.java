import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an N-page static HTML site for bench/check-bench.sh, with a known set of planted defects.
 *
 * <pre>java bench/GenerateLinkSite.java N OUTDIR</pre>
 *
 * OUTDIR/site/ holds index.html, posts/pNNNNN/index.html, img/ and assets/site.css. Each page has about
 * 40 links to other pages (relative, root-absolute and to index.html), 5 links to headings of other pages,
 * 3 images with a srcset and 3 links to example.com, which every tool is told to skip. Every page is
 * reachable from the home page through its "next" link, so crawlers see the whole site.
 *
 * OUTDIR/expected.tsv lists the planted defects, one a line: kind, page, URL as written, and a token that
 * appears only in that defect's URL, which is how the benchmark matches a tool's report to a defect.
 * The output is the same for the same N on every machine (fixed seed, SplitMix64).
 */
public final class GenerateLinkSite {

    static final int INTERNAL_LINKS = 40;
    static final int FRAGMENT_LINKS = 5;
    static final int IMAGES = 3;
    static final int SECTIONS = 8;
    static final int IMAGE_POOL = 200;
    /** A valid 1x1 transparent PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    /** One planted defect: what is wrong, on which page, the URL as written and its unique token. */
    record Defect(String kind, int page, String url, String token) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].matches("[1-9][0-9]{0,5}")) {
            System.err.println("usage: java bench/GenerateLinkSite.java N OUTDIR   (N pages, 10..999999)");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        if (n < 10) {
            System.err.println("N must be at least 10, so that every kind of defect has its own pages");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Path site = out.resolve("site");
        List<Defect> defects = plant(n);
        writeAssets(site);
        write(site.resolve("index.html"), home(n));
        java.util.stream.IntStream.rangeClosed(1, n).parallel().forEach(i -> {
            List<Defect> here = defects.stream().filter(d -> d.page() == i).toList();
            write(site.resolve("posts/" + slug(i) + "/index.html"), page(i, n, here));
        });
        StringBuilder expected = new StringBuilder("# kind\tpage\turl\ttoken\n");
        for (Defect d : defects) {
            expected.append(d.kind()).append('\t').append("posts/").append(slug(d.page())).append("/index.html\t")
                    .append(d.url()).append('\t').append(d.token()).append('\n');
        }
        write(out.resolve("expected.tsv"), expected.toString());
        System.out.println(n + " pages and " + defects.size() + " planted defects in " + site);
    }

    /** Two defects of each kind, on pages spread over the site, each URL carrying its own token. */
    static List<Defect> plant(int n) {
        String[] kinds = {"missing-page", "broken-relative", "missing-fragment", "missing-local-fragment",
                "missing-srcset-image", "missing-img-src", "missing-stylesheet"};
        List<Defect> defects = new ArrayList<>();
        int slot = 0;
        for (int copy = 1; copy <= 2; copy++) {
            for (String kind : kinds) {
                int page = 1 + (int) ((long) slot * 7919 % n);
                slot++;
                String token = "defect" + slot;
                String other = slug(page % n + 1);
                String url = switch (kind) {
                    case "missing-page" -> "/posts/" + token + "/";
                    case "broken-relative" -> "../../" + token + "/";
                    case "missing-fragment" -> "../" + other + "/#" + token;
                    case "missing-local-fragment" -> "#" + token;
                    case "missing-srcset-image" -> "/img/" + token + "@2x.png";
                    case "missing-img-src" -> "/img/" + token + ".png";
                    case "missing-stylesheet" -> "/assets/" + token + ".css";
                    default -> throw new IllegalStateException(kind);
                };
                defects.add(new Defect(kind, page, url, token));
            }
        }
        return defects;
    }

    static String slug(int i) {
        return String.format(Locale.ROOT, "p%05d", i);
    }

    static String home(int n) {
        return head("Link benchmark", "") + "<h1 id=\"title\">Link benchmark</h1>\n<p>" + n + " pages. Start at <a href=\"posts/"
                + slug(1) + "/\">the first page</a>.</p>\n</body>\n</html>\n";
    }

    static String head(String title, String extra) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n" + extra + "</head>\n<body>\n";
    }

    static String page(int i, int n, List<Defect> defects) {
        Rng rng = new Rng(i);
        StringBuilder extraHead = new StringBuilder();
        StringBuilder body = new StringBuilder();
        body.append("<nav><a href=\"/\">Home</a> <a href=\"../").append(slug(i % n + 1)).append("/\">Next</a></nav>\n");
        body.append("<h1 id=\"title\">Page ").append(i).append("</h1>\n");
        // 40 internal links: two in the nav, 38 spread over the sections in three spellings.
        List<String> links = new ArrayList<>();
        for (int k = 0; k < INTERNAL_LINKS - 2; k++) {
            String target = slug(1 + rng.below(n));
            links.add(switch (k % 3) {
                case 0 -> "../" + target + "/";
                case 1 -> "/posts/" + target + "/";
                default -> "/posts/" + target + "/index.html";
            });
        }
        for (int k = 0; k < FRAGMENT_LINKS; k++) {
            links.add("../" + slug(1 + rng.below(n)) + "/#s" + (1 + rng.below(SECTIONS)));
        }
        for (Defect d : defects) {
            switch (d.kind()) {
                case "missing-stylesheet" -> extraHead.append("<link rel=\"stylesheet\" href=\"").append(d.url())
                        .append("\">\n");
                case "missing-srcset-image", "missing-img-src" -> { }
                default -> links.add(d.url());
            }
        }
        int perSection = (links.size() + SECTIONS - 1) / SECTIONS;
        int next = 0;
        for (int s = 1; s <= SECTIONS; s++) {
            body.append("<h2 id=\"s").append(s).append("\">Section ").append(s).append("</h2>\n<p>");
            for (int k = 0; k < perSection && next < links.size(); k++, next++) {
                body.append("Words around <a href=\"").append(links.get(next)).append("\">link ").append(next)
                        .append("</a>. ");
            }
            if (s <= IMAGES) {
                int img = 1 + rng.below(IMAGE_POOL);
                String src = "/img/i" + img + ".png";
                String twice = "/img/i" + img + "@2x.png";
                for (Defect d : defects) {
                    if (s == 1 && d.kind().equals("missing-srcset-image")) {
                        twice = d.url();
                    } else if (s == 2 && d.kind().equals("missing-img-src")) {
                        src = d.url();
                    }
                }
                body.append("<img src=\"").append(src).append("\" srcset=\"/img/i").append(img).append(".png 1x, ")
                        .append(twice).append(" 2x, /img/i").append(img).append("@3x.png 3x\" alt=\"figure ")
                        .append(s).append("\">");
            }
            if (s <= 3) {
                body.append(" See <a href=\"https://example.com/ref/").append(i).append('/').append(s)
                        .append("\">a reference</a>.");
            }
            body.append("</p>\n");
        }
        return head("Page " + i, extraHead.toString()) + body + "</body>\n</html>\n";
    }

    static void writeAssets(Path site) {
        write(site.resolve("assets/site.css"), "body { font-family: serif; max-width: 40em; margin: auto; }\n");
        for (int i = 1; i <= IMAGE_POOL; i++) {
            for (String suffix : new String[] {"", "@2x", "@3x"}) {
                write(site.resolve("img/i" + i + suffix + ".png"), PNG);
            }
        }
    }

    static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SplitMix64, seeded per page, so a page's links do not depend on thread order. */
    static final class Rng {
        private long state;

        Rng(long seed) {
            state = seed * 0x9E3779B97F4A7C15L + 0x2545F4914F6CDD1DL;
        }

        int below(int bound) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z = z ^ (z >>> 31);
            return (int) Math.floorMod(z, (long) bound);
        }
    }
}
