import org.essaykit.render.SocialCard;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times social cards (drawing and PNG encoding, no cache): CPU per card on one thread, wall for all cards on one
 * thread and on all cores, PNG bytes per card, and a digest of all cards (the same on every JVM and thread count).
 * Titles are generated from a fixed seed: short, long (wrapped to four lines and cut), and some in Greek, Cyrillic
 * and with accents.
 *
 *   java -cp target/classes bench/CardBench.java [CARDS] [ROUNDS] [OUT_DIR]
 *
 * With OUT_DIR, the first 12 cards are written there as PNG files to look at.
 */
public class CardBench {

    private static final String[] WORDS = {"alignment", "mesa-optimizer", "deceptive", "gradient", "the", "of", "a",
            "training", "objective", "inner", "outer", "proxy", "reward", "model", "on", "why", "notes", "incentives",
            "generalization", "corrigibility", "and", "search", "selection", "Goodhart", "interpretability"};
    private static final String[] FOREIGN = {"Ἀλήθεια", "обучение", "Überraschung", "naïveté", "café", "λόγος",
            "модель", "Çà", "façade", "Øresund"};
    private static final String[] TAGS = {"alignment", "essays", "notes", "interpretability", "training", "agents"};

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path out = args.length > 2 ? Path.of(args[2]) : null;
        List<SocialCard.Text> texts = texts(count);
        SocialCard card = new SocialCard(SocialCard.load());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        for (SocialCard.Text text : texts.subList(0, Math.min(300, count))) { // warm-up: JIT, glyph caches
            card.png(text);
        }
        byte[][] serial = null;
        for (int round = 1; round <= rounds; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            serial = texts.stream().map(card::png).toArray(byte[][]::new);
            long wall = System.nanoTime() - wall0;
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;

            long pcpu0 = os.getProcessCpuTime();
            long pwall0 = System.nanoTime();
            byte[][] parallel = texts.parallelStream().map(card::png).toArray(byte[][]::new);
            long pwall = System.nanoTime() - pwall0;
            long pcpu = os.getProcessCpuTime() - pcpu0;
            boolean same = Arrays.deepEquals(serial, parallel);

            long bytes = Arrays.stream(serial).mapToLong(png -> png.length).sum();
            System.out.printf("round %d: %d cards, serial %.3f ms CPU/card (thread), wall %d ms; "
                            + "parallel wall %d ms (%.2fx), %.3f ms process CPU/card; %d bytes/card; "
                            + "parallel = serial: %s%n",
                    round, count, cpu / 1e6 / count, wall / 1_000_000, pwall / 1_000_000, wall / (double) pwall,
                    pcpu / 1e6 / count, bytes / count, same);
            if (!same) {
                throw new AssertionError("parallel cards differ from serial ones");
            }
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (byte[] png : serial) {
            sha.update(png);
        }
        System.out.println("digest of all cards: " + HexFormat.of().formatHex(sha.digest()));
        if (out != null) {
            Files.createDirectories(out);
            for (int i = 0; i < Math.min(12, count); i++) {
                Files.write(out.resolve(String.format("card-%02d.png", i)), serial[i]);
            }
        }
    }

    /** Deterministic titles: mostly 3-9 words, some of 30-60 (cut at four lines), one in six with non-ASCII words. */
    static List<SocialCard.Text> texts(int count) {
        SplittableRandom random = new SplittableRandom(12);
        List<SocialCard.Text> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int words = random.nextInt(10) == 0 ? 30 + random.nextInt(30) : 3 + random.nextInt(7);
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < words; w++) {
                String[] pool = random.nextInt(6) == 0 ? FOREIGN : WORDS;
                String word = pool[random.nextInt(pool.length)];
                title.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            String footer = String.format("%d May 20%02d · %s, %s", 1 + random.nextInt(28), 10 + random.nextInt(15),
                    TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)]);
            texts.add(new SocialCard.Text("Essays on alignment", title + " " + i, footer));
        }
        return texts;
    }
}
