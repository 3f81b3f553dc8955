package dev.charter.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.CheckResult;
import dev.charter.compiler.NetworkChecker;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every check on its fixtures in {@code src/test/resources/checks/<CheckName>/}: a
 * {@code positive} network whose offending lines carry {@code // BUG: Diagnostic contains: CTRnnn text}
 * and must produce exactly those diagnostics, and a {@code negative} network that must produce none.
 */
class CheckFixturesTest {

    private static final Pattern MARKER = Pattern.compile("//\\s*BUG:\\s*Diagnostic contains:\\s*(CTR\\d{3})\\s*(.*?)\\s*$");

    private final NetworkChecker checker = new NetworkChecker();

    @TestFactory
    Stream<DynamicTest> everyCheckFindsItsPositiveCasesAndNothingInItsNegativeCase() {
        return fixtureDirectories().stream().flatMap(dir -> Stream.of(
                DynamicTest.dynamicTest(dir.getFileName() + " positive", () -> assertMatchesMarkers(dir.resolve("positive"))),
                DynamicTest.dynamicTest(dir.getFileName() + " negative", () -> assertMatchesMarkers(dir.resolve("negative")))));
    }

    @Test
    void everyCheckHasPositiveAndNegativeFixtures() {
        Set<String> checks = Checks.all().stream().map(c -> c.getClass().getSimpleName()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> fixtures = fixtureDirectories().stream()
                .filter(d -> Files.isDirectory(d.resolve("positive")) && Files.isDirectory(d.resolve("negative")))
                .map(d -> d.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(fixtures).containsAll(checks);
    }

    @Test
    void everyCodeIsReportedByACheckAndDemonstratedByAFixture() throws IOException {
        Set<Code> declared = EnumSet.noneOf(Code.class);
        for (Check check : Checks.all()) {
            CheckInfo info = check.getClass().getAnnotation(CheckInfo.class);
            assertThat(info).as("@CheckInfo on %s", check.getClass().getSimpleName()).isNotNull();
            declared.addAll(Arrays.asList(info.reports()));
        }
        Set<Code> demonstrated = EnumSet.noneOf(Code.class);
        for (Path dir : fixtureDirectories()) {
            for (Expected expected : markers(dir.resolve("positive"))) {
                demonstrated.add(expected.code());
            }
        }
        Set<Code> needed = EnumSet.allOf(Code.class);
        needed.removeAll(DiagnosticsReference.LOADING); // tested by the loader's own tests
        assertThat(EnumSet.copyOf(union(declared, DiagnosticsReference.MAPPING))).as("codes no check reports").containsAll(needed);
        assertThat(demonstrated).as("codes without a positive fixture").containsAll(needed);
    }

    private void assertMatchesMarkers(Path network) throws IOException {
        CheckResult result = checker.check(network);
        List<Expected> expected = markers(network);
        List<String> actual = result.diagnostics().stream().map(CheckFixturesTest::key).sorted().toList();
        List<String> wanted = expected.stream().map(Expected::key).sorted().toList();
        assertThat(actual).as("diagnostics of %s:%n%s", network,
                result.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n")))
                .containsExactlyElementsOf(wanted);
        for (Expected e : expected) {
            assertThat(result.diagnostics())
                    .as("%s:%d %s should contain \"%s\"", e.file(), e.line(), e.code().id(), e.text())
                    .anySatisfy(d -> {
                        assertThat(key(d)).isEqualTo(e.key());
                        assertThat(d.message()).contains(e.text());
                    });
        }
    }

    private static String key(Diagnostic d) {
        return d.location().file() + ":" + d.location().line() + " " + d.code().id();
    }

    private record Expected(String file, int line, Code code, String text) {
        String key() {
            return file + ":" + line + " " + code.id();
        }
    }

    private static List<Expected> markers(Path network) throws IOException {
        List<Expected> expected = new ArrayList<>();
        if (!Files.isDirectory(network)) {
            return expected;
        }
        try (Stream<Path> files = Files.walk(network)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARKER.matcher(lines.get(i));
                    if (m.find()) {
                        Code code = Arrays.stream(Code.values()).filter(c -> c.id().equals(m.group(1))).findFirst()
                                .orElseThrow(() -> new AssertionError("Unknown code in marker: " + m.group(1)));
                        expected.add(new Expected(network.relativize(file).toString().replace('\\', '/'), i + 1, code, m.group(2)));
                    }
                }
            }
        }
        return expected;
    }

    static List<Path> fixtureDirectories() {
        try {
            Path root = Path.of(CheckFixturesTest.class.getResource("/checks").toURI());
            try (Stream<Path> dirs = Files.list(root)) {
                return dirs.filter(Files::isDirectory).sorted().toList();
            }
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static Set<Code> union(Set<Code> a, Set<Code> b) {
        Set<Code> all = EnumSet.noneOf(Code.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
