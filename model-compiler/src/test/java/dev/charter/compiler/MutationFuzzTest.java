package dev.charter.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.charter.compiler.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates real network files — deleting, duplicating and swapping tokens and characters — and
 * proves that compiling each mutant ends in diagnostics, or in generated code when no error is
 * left: never an exception, a hang, or a message that leaks Java internals. The corpus is the
 * Composer samples when ../shared is present, the letter-of-credit example and the check fixtures. Seed and count: {@code -Dcharter.fuzz.seed}, {@code -Dcharter.fuzz.mutants}.
 */
class MutationFuzzTest {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[A-Za-z_$][A-Za-z_$0-9]*|\\d+(\\.\\d+)?|\"[^\"\\n]*\"|'[^'\\n]*'|//[^\\n]*|.",
            Pattern.DOTALL);
    private static final String[] INSERTIONS = {"{", "}", "(", ")", "[", "]", "\"", "'", "/", "*", "@", ".", ",", ":",
            "#", "-->", "o ", "=", "==", "<", "_$p", "\n", "namespace ", "import ", "asset ", "extends ", "identified by ",
            "regex=/", "range=[", "default=", "optional", "rule ", "query ", "SELECT ", "WHERE ", "CONTAINS", "ORDER BY ",
            "on ", "function ", "abstract ", "enum ", "concept ", "ALL", "ANY", "**", "\\", "\u00e9", "\uFEFF", "\t"};
    private static final Pattern JAVA_LEAK = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|java\\.lang|(?<!')\\bnull\\b(?!')|\\(code \\d+\\)");
    private static final int TIMEOUT_SECONDS = 20;

    @TempDir
    Path work;

    @Test
    void checkingAnyMutantEndsInDiagnostics() throws Exception {
        long seed = Long.getLong("charter.fuzz.seed", 20261121L);
        int mutants = Integer.getInteger("charter.fuzz.mutants", 10_000);
        List<Path> networks = corpus();
        assertThat(networks).isNotEmpty();
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger checked = new AtomicInteger();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                workers.add(pool.submit(() -> {
                    run(worker, threads, seed, mutants, networks, checked);
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(checked.get()).isEqualTo(mutants);
    }

    private void run(int worker, int workers, long seed, int mutants, List<Path> networks, AtomicInteger checked)
            throws Exception {
        NetworkCompiler compiler = new NetworkCompiler();
        ExecutorService watchdog = Executors.newSingleThreadExecutor();
        try {
            for (int i = worker; i < mutants; i += workers) {
                Random random = new Random(seed * 31 + i);
                Path source = networks.get(random.nextInt(networks.size()));
                Path copy = work.resolve("w" + worker + "-" + i % 64);
                copyTree(source, copy);
                List<Path> files = networkFiles(copy);
                Path victim = files.get(random.nextInt(files.size()));
                String original = Files.readString(victim);
                String mutated = mutate(original, random, 1 + random.nextInt(4));
                Files.writeString(victim, mutated);
                // Compiling checks, and also generates Java when the mutant is still free of errors.
                Future<NetworkCompiler.Compilation> result = watchdog.submit(() -> compiler.compile(copy));
                try {
                    NetworkCompiler.Compilation compilation = result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    assertWellFormed(compilation.check(), copy);
                    assertThat(compilation.output().isPresent()).as("generated code iff no errors")
                            .isEqualTo(!compilation.check().hasErrors());
                } catch (TimeoutException e) {
                    fail(report("hung for more than " + TIMEOUT_SECONDS + " s", seed, i, copy, victim, mutated));
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof dev.charter.compiler.codegen.UnsupportedLogicException) {
                        checked.incrementAndGet(); // a query call in logic: refused with a located message
                        continue;
                    }
                    fail(report("threw " + e.getCause(), seed, i, copy, victim, mutated), e.getCause());
                } catch (AssertionError e) {
                    fail(report(e.getMessage(), seed, i, copy, victim, mutated));
                }
                checked.incrementAndGet();
            }
        } finally {
            watchdog.shutdownNow();
        }
    }

    private static void assertWellFormed(CheckResult result, Path network) {
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.location().line()).as("line of %s", d).isPositive();
            assertThat(d.location().column()).as("column of %s", d).isPositive();
            assertThat(d.location().offset()).as("offset of %s", d).isNotNegative();
            assertThat(d.message()).as("message of %s", d).isNotBlank();
            assertThat(JAVA_LEAK.matcher(d.message()).find()).as("Java internals in %s", d).isFalse();
            assertThat(Files.exists(network.resolve(d.location().file()))).as("file of %s", d).isTrue();
        }
    }

    static String mutate(String text, Random random, int operations) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int op = 0; op < operations && !tokens.isEmpty(); op++) {
            int i = random.nextInt(tokens.size());
            switch (random.nextInt(8)) {
                case 0 -> tokens.remove(i);
                case 1 -> tokens.add(i, tokens.get(i));
                case 2 -> {
                    int j = random.nextInt(tokens.size());
                    String swap = tokens.get(i);
                    tokens.set(i, tokens.get(j));
                    tokens.set(j, swap);
                }
                case 3 -> tokens.add(i, INSERTIONS[random.nextInt(INSERTIONS.length)]);
                case 4 -> tokens.set(i, mutateChars(tokens.get(i), random));
                case 5 -> tokens.set(i, tokens.get(random.nextInt(tokens.size())));
                case 6 -> {
                    int end = Math.min(tokens.size(), i + 1 + random.nextInt(20));
                    tokens.subList(i, end).clear();
                }
                default -> {
                    int end = Math.min(tokens.size(), i + 1 + random.nextInt(20));
                    tokens.addAll(end, new ArrayList<>(tokens.subList(i, end)));
                }
            }
        }
        return String.join("", tokens);
    }

    private static String mutateChars(String token, Random random) {
        if (token.isEmpty()) {
            return INSERTIONS[random.nextInt(INSERTIONS.length)];
        }
        StringBuilder b = new StringBuilder(token);
        int i = random.nextInt(b.length());
        switch (random.nextInt(3)) {
            case 0 -> b.deleteCharAt(i);
            case 1 -> b.insert(i, b.charAt(i));
            default -> {
                int j = random.nextInt(b.length());
                char c = b.charAt(i);
                b.setCharAt(i, b.charAt(j));
                b.setCharAt(j, c);
            }
        }
        return b.toString();
    }

    private static String report(String problem, long seed, int mutant, Path network, Path file, String text) {
        return "Mutant " + mutant + " (seed " + seed + ") of " + network.relativize(file) + ": " + problem
                + "\n--- mutated file ---\n" + text;
    }

    private static List<Path> corpus() throws IOException, URISyntaxException {
        List<Path> networks = new ArrayList<>();
        Path samples = Path.of(System.getProperty("charter.shared", "../../shared"), "composer-samples");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> entries = Files.list(samples)) {
                entries.filter(p -> Files.isDirectory(p.resolve("models"))).sorted().forEach(networks::add);
            }
        }
        Path example = Path.of(System.getProperty("charter.root", "../.."), "examples", "letter-of-credit");
        if (Files.isDirectory(example.resolve("logic"))) {
            networks.add(example);
        }
        Path fixtures = Path.of(MutationFuzzTest.class.getResource("/checks").toURI());
        try (Stream<Path> entries = Files.walk(fixtures, 2)) {
            entries.filter(p -> Files.isDirectory(p.resolve("models"))).sorted().forEach(networks::add);
        }
        return networks;
    }

    private static List<Path> networkFiles(Path network) throws IOException {
        try (Stream<Path> files = Files.walk(network)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(cto|acl|qry|logic)$") || p.endsWith("package.json"))
                    .sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                String name = from.relativize(p).toString();
                if (name.startsWith("features") || name.startsWith("test") || name.startsWith("lib")
                        || name.startsWith("src") || name.startsWith("target") || name.equals("pom.xml")
                        || name.endsWith(".md")) {
                    continue;
                }
                Path target = to.resolve(name);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
