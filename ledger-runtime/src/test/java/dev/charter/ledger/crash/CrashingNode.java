package dev.charter.ledger.crash;

import dev.charter.ledger.block.BlockSigner;
import dev.charter.ledger.block.BlockSignatures;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.node.LedgerNode;
import dev.charter.ledger.node.Receipt;
import dev.charter.ledger.testing.AccountsNetwork;
import dev.charter.ledger.testing.DataDirectories;
import dev.charter.ledger.tx.SignedTransaction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A node under load until it is killed: {@code CrashingNode <data dir> <run id>} opens (and so
 * recovers) the node in the directory, whose {@code orderer.key} and {@code orderer.pub} hold the
 * orderer's key pair, and commits transactions from four client threads. It prints {@code STARTED
 * <height> <bytes cut off> <blocks replayed>} once recovered. Every receipt is printed as
 * {@code ACK <transaction id> <block> <index> <committed|refused>} once the node returned it, i.e. once
 * its block is durable: what {@link CrashRecoveryIT} expects to find after the crash.
 */
public final class CrashingNode {

    private static final int CLIENTS = 4;

    private CrashingNode() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String run = args[1];
        PrintStream out = System.out;
        try (LedgerNode node = DataDirectories.start(data, orderer(data))) {
            out.println("STARTED " + node.height() + " " + node.recovery().truncatedBytes() + " "
                    + node.recovery().replayedBlocks());
            out.flush();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String client = run + "-c" + c;
                Thread thread = new Thread(() -> load(node, new AccountsNetwork(client + "-"), client, out));
                thread.start();
                clients.add(thread);
            }
            for (Thread client : clients) {
                client.join();
            }
        }
    }

    /** A holder and two accounts, then transfers back and forth (a few too large, so refused), until killed. */
    private static void load(LedgerNode node, AccountsNetwork network, String client, PrintStream out) {
        commit(node, network.addHolder(client), out);
        commit(node, network.openAccount(client + "-A", client, 1_000), out);
        commit(node, network.openAccount(client + "-B", client, 1_000), out);
        for (int i = 0; ; i++) {
            long amount = i % 10 == 9 ? 1_000_000 : 1 + i % 7;
            commit(node, i % 2 == 0 ? network.transfer(client + "-A", client + "-B", amount)
                    : network.transfer(client + "-B", client + "-A", amount), out);
        }
    }

    private static void commit(LedgerNode node, SignedTransaction tx, PrintStream out) {
        Receipt receipt = node.submit(tx).join();
        synchronized (out) {
            out.println("ACK " + receipt.transactionId() + " " + receipt.block() + " " + receipt.index() + " "
                    + (receipt.outcome().committed() ? "committed" : "refused"));
            out.flush();
        }
    }

    /** The orderer's key from {@code orderer.key} (PKCS#8) in {@code data}. */
    static BlockSigner orderer(Path data) throws IOException {
        return BlockSignatures.signer(SigningKey.ofPkcs8(Files.readAllBytes(data.resolve("orderer.key"))));
    }
}
