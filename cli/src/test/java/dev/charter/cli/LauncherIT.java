package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.charter.ledger.block.TestKeys;
import dev.charter.ledger.store.BlockStore;
import dev.charter.ledger.testing.DataDirectories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs bin/charter as a user does: a new process on the built jar. */
class LauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("charter.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run charter(Path launcher, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void checkReportsProblemsWithExitCodeOneAndNoStackTrace() throws Exception {
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/loc.cto"), "namespace org.example.loc\n\nasset Letter identified by id {\n"
                + "  o String id\n  o Strng owner\n}\n");
        Run run = charter(ROOT.resolve("bin/charter"), "check", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("models/loc.cto:5:5: error CTR100: Type Strng used by field owner of Letter"
                + " is not declared or imported. Did you mean 'String'?");
        assertThat(run.out()).endsWith("1 error, 0 warnings in 1 file\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checkOfAComposerSampleIsSilentAndSucceeds() throws Exception {
        Path sample = Path.of(System.getProperty("charter.shared", "../../shared"), "composer-samples", "trade-network");
        assumeTrue(Files.isDirectory(sample), "Skipped: ../shared/composer-samples is absent");
        Run run = charter(ROOT.resolve("bin/charter"), "check", sample.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 3 files\n");
    }

    @Test
    void benchCheckPrintsWarmAndColdTimesWithTheMachineLoad() throws Exception {
        Path network = dir.resolve("networks/loc");
        Files.createDirectories(network.resolve("models"));
        Files.writeString(network.resolve("models/loc.cto"), "namespace org.example.loc\n\nasset Letter identified by id {\n"
                + "  o String id\n}\n");
        Run run = charter(ROOT.resolve("bin/charter"), "bench", "check", "--samples", dir.resolve("networks").toString(),
                "--warmup", "1", "--rounds", "2", "--cold-runs", "1");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("networks: 1 under ")
                .containsPattern("warm: load and check all 1 networks \\(1 files\\), 2 rounds after 1 warm-up rounds:\n"
                        + "  min [0-9.]+ ms, median [0-9.]+ ms")
                .containsPattern("cold: bin/charter check loc, 1 new processes:\n  min [0-9]+ ms")
                .containsPattern("load average: ([0-9.]+|unknown) before and ([0-9.]+|unknown) after");
    }

    @Test
    void benchLedgerCommitsEd25519SignedTradesAndPrintsCpuPerTradeByNodeThreadAndTheNodesProfile() throws Exception {
        Path profile = dir.resolve("node.jfr");
        Run run = charter(ROOT.resolve("bin/charter"), "bench", "ledger", "--transactions", "400", "--warmup", "0",
                "--identities", "4", "--submitters", "2", "--batch", "50", "--key", "ed25519", "--profile",
                profile.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("4 traders with ed25519 identities")
                .containsPattern("Trade  \\|     400 \\|     0 \\|")
                .containsPattern("CPU per committed trade: load generator [0-9]+ µs, node [0-9]+ µs\n")
                .containsPattern("node CPU per committed trade by thread: .*charter-admissi [0-9]+ µs")
                .containsPattern("node CPU per committed trade by thread: .*solo-orderer [0-9]+ µs");
        assertThat(Files.size(profile)).isPositive();
        assertThat(new String(Files.readAllBytes(profile), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("FLR\0");
    }

    @Test
    void benchRestCommitsTradesThroughHttpAndPrintsCaliperColumnsWithP99AndTheLoad() throws Exception {
        Run run = charter(ROOT.resolve("bin/charter"), "bench", "rest", "--clients", "2", "--seconds", "2",
                "--warmup-seconds", "1");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("REST Trade over 2 s after 1 s of warm-up: 2 clients")
                .contains("| p99 Latency (s) |")
                .containsPattern("Trade  \\| +[1-9][0-9]* \\| +[0-9.]+ \\| +[0-9.]+ \\| +[0-9.]+ \\| +[0-9.]+ \\| +[0-9.]+ \\|")
                .containsPattern("load average ([0-9.]+|unknown) before and ([0-9.]+|unknown) after");
    }

    @Test
    void benchLedgerNamesTheKeyAlgorithmsWhenGivenAnUnknownOne() throws Exception {
        Run run = charter(ROOT.resolve("bin/charter"), "bench", "ledger", "--key", "rsa");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown key algorithm 'rsa': expected one of ecdsa-p256, ed25519")
                .doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Run run = charter(ROOT.resolve("bin/charter"), "check", dir.resolve("missing").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is not a directory");
    }

    @Test
    void ledgerVerifyNamesTheBlockWhoseByteWasFlippedAndPassesTheUntouchedChain() throws Exception {
        Path data = dir.resolve("data");
        DataDirectories.writeChain(data, TestKeys.orderer());
        Run whole = charter(ROOT.resolve("bin/charter"), "ledger", "verify", "--data", data.toString());
        assertThat(whole.exit()).isZero();
        assertThat(whole.out()).contains("10 blocks hold");

        Path blocks = data.resolve("blocks").resolve(BlockStore.FILE_NAME);
        DataDirectories.flipBit(blocks, DataDirectories.frameOffsets(blocks).get(7) + 100, 0);
        Run flipped = charter(ROOT.resolve("bin/charter"), "ledger", "verify", "--data", data.toString());
        assertThat(flipped.exit()).isEqualTo(1);
        assertThat(flipped.out()).startsWith(data + ": block 7 fails: ");
        assertThat(flipped.err()).isEmpty();
    }

    @Test
    void ledgerVerifyNamesABlockWhenTheStateIsDamaged() throws Exception {
        Path data = dir.resolve("data");
        DataDirectories.writeChain(data, TestKeys.orderer());
        try (var files = Files.list(data.resolve("state"))) {
            for (Path table : files.filter(f -> f.toString().endsWith(".sst")).toList()) {
                DataDirectories.flipBit(table, Files.size(table) / 3, 4);
            }
        }
        Run run = charter(ROOT.resolve("bin/charter"), "ledger", "verify", "--data", data.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith(data + ": block 9 fails: the state database").contains("is damaged");
    }

    @Test
    void launcherWithoutAJarSaysHowToBuildIt() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("checkout/bin"));
        Path launcher = Files.copy(ROOT.resolve("bin/charter"), bin.resolve("charter"));
        launcher.toFile().setExecutable(true);
        Run run = charter(launcher, "check", ".");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).hasLineCount(1).contains("build it first: mvn -q install -DskipTests");
    }
}
