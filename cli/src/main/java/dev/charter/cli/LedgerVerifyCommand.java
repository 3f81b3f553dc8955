package dev.charter.cli;

import dev.charter.ledger.block.BlockSignatures;
import dev.charter.ledger.node.DataDirectory;
import dev.charter.ledger.node.SubmitterResolver;
import dev.charter.ledger.server.NodeHost;
import dev.charter.ledger.verify.ChainVerifier;
import dev.charter.ledger.verify.Verification;
import dev.charter.runtime.access.AccessController;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter ledger verify --data <dir>}: proves a node's chain and state, or names the first block that fails. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check every block of a node's data directory — checksum, link to the previous header, Merkle root,",
                "orderer signature — re-execute the chain from genesis and compare the result with the node's state.",
                "Names the first block that fails; exit code 1 when one does. Reads only: run it on a stopped node."})
final class LedgerVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "<dir>", description = "The node's data directory.")
    Path data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(data)) {
            err.println("charter ledger verify: " + data + " is not a directory");
            return Charter.ExitCode.USAGE;
        }
        if (Files.isDirectory(data.resolve("networks"))) {
            return verifyNode(out, err);
        }
        Verification verification;
        try {
            verification = new ChainVerifier(new BlockSignatures(), SubmitterResolver.EVERYONE_ADMIN,
                    AccessController.ALLOW_ALL).verify(new DataDirectory(data));
        } catch (IllegalArgumentException e) {
            err.println("charter ledger verify: " + e.getMessage());
            return Charter.ExitCode.USAGE;
        }
        if (!verification.holds()) {
            out.println(data + ": block " + verification.failedBlock().getAsLong() + " fails: " + verification.problem());
            long failed = verification.failedBlock().getAsLong();
            if (failed > 0) {
                out.println("Blocks 0 to " + (failed - 1) + " hold.");
            }
            return Charter.ExitCode.PROBLEMS;
        }
        out.println(data + ": " + verification.blocks() + " blocks hold: checksums, header links, Merkle roots and orderer"
                + " signatures; re-executing them gives the outcomes they record, and the state matches block "
                + (verification.blocks() - 1) + ".");
        out.println("genesis " + verification.genesis() + ", head " + verification.head());
        return Charter.ExitCode.OK;
    }

    /** A node's data directory ({@code charter node start --data}): every network it hosts. */
    private int verifyNode(PrintWriter out, PrintWriter err) {
        Map<String, Verification> verified;
        try {
            verified = NodeHost.verify(data);
        } catch (IllegalArgumentException | IOException e) {
            err.println("charter ledger verify: " + e.getMessage());
            return Charter.ExitCode.USAGE;
        }
        int exit = Charter.ExitCode.OK;
        for (Map.Entry<String, Verification> network : verified.entrySet()) {
            Verification verification = network.getValue();
            if (verification.holds()) {
                out.println(network.getKey() + ": " + verification.blocks() + " blocks hold, every transaction's signature"
                        + " with them, and the state matches block "
                        + (verification.blocks() - 1) + "; genesis " + verification.genesis() + ", head "
                        + verification.head());
            } else {
                out.println(network.getKey() + ": block " + verification.failedBlock().getAsLong() + " fails: "
                        + verification.problem());
                exit = Charter.ExitCode.PROBLEMS;
            }
        }
        if (verified.isEmpty()) {
            out.println(data + ": the node hosts no network");
        }
        return exit;
    }
}
