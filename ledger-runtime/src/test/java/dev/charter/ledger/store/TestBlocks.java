package dev.charter.ledger.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.BlockHeader;
import dev.charter.ledger.block.BlockSigner;
import dev.charter.ledger.block.Genesis;
import dev.charter.ledger.block.Hash;
import dev.charter.ledger.block.Outcome;
import dev.charter.ledger.block.TestKeys;
import dev.charter.ledger.tx.SignedTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A chain of signed blocks with opaque transactions, for tests of storage. */
final class TestBlocks {

    private static final Instant START = Instant.parse("2026-11-29T12:00:00.000Z");

    private TestBlocks() {
    }

    static List<Block> chain(int length) {
        BlockSigner orderer = TestKeys.orderer();
        List<Block> blocks = new ArrayList<>();
        Block previous = Genesis.create("test", "1.0.0", "sha256:00", orderer, START);
        blocks.add(previous);
        for (int n = 1; n < length; n++) {
            List<SignedTransaction> transactions = new ArrayList<>();
            for (int i = 0; i < n % 4 + 1; i++) {
                transactions.add(new SignedTransaction("tx-" + n + "-" + i, "ab12", START.plusSeconds(n),
                        ("{\"n\":" + n + "}").getBytes(UTF_8), new byte[] {1, 2, 3}));
            }
            BlockHeader header = BlockHeader.unsigned(n, previous.header().hash(), Block.transactionsRoot(transactions),
                    previous.resultsHash(), START.plusSeconds(n)).signedBy(orderer);
            previous = new Block(header, transactions, Collections.nCopies(transactions.size(), Outcome.ok()),
                    Hash.sha256(("results " + n).getBytes(UTF_8)));
            blocks.add(previous);
        }
        return blocks;
    }
}
