package dev.charter.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.BlockHeader;
import dev.charter.ledger.block.BlockSigner;
import dev.charter.ledger.block.Hash;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.store.BlockStore;
import dev.charter.ledger.testing.AccountsNetwork;
import dev.charter.ledger.testing.DataDirectories;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.ledger.verify.Verification;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ledger verify} checks each transaction's own signature, not only the orderer's: a chain in which one
 * transaction's signature was replaced, and everything a hash covers recomputed — the Merkle root, that
 * header's and every later header's hash links, each header re-signed with the orderer's key (an attacker
 * holding the node's key) — still fails, at that block, naming the transaction.
 */
class TransactionSignatureVerificationTest {

    private static final String NETWORK = "ledger-accounts";
    private static final String NS = AccountsNetwork.NS + ".";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path node;
    private static final SigningKey ADMIN_KEY = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
    private static SubmitResult openA1;

    @BeforeAll
    static void runANetwork() throws Exception {
        node = shared.resolve("node");
        TransactionSigner admin = new TransactionSigner(ADMIN_KEY, ADMIN_KEY.publicKey().identityId().hex());
        try (NodeServer server = NodeServer.start(NodeHost.open(node, Clock.systemUTC(),
                new PrintWriter(new StringWriter(), true)), new InetSocketAddress("127.0.0.1", 0))) {
            LedgerClient client = new LedgerClient(URI.create("http://127.0.0.1:" + server.port()));
            client.deploy(Files.readAllBytes(AccountsNetwork.archive()), ADMIN_KEY.publicKey().subjectPublicKeyInfo());
            List<SubmitResult> results = new ArrayList<>();
            for (String json : List.of(
                    "{\"$class\": \"" + NS + "AddHolder\", \"holderId\": \"alice\", \"name\": \"Alice\"}",
                    open("A1", 100), open("A2", 5), open("A3", 0))) {
                results.add(client.submit(NETWORK, admin.sign(json.getBytes(StandardCharsets.UTF_8), Instant.now()), true));
            }
            assertThat(results).allMatch(SubmitResult::committed);
            openA1 = results.get(1);
        }
    }

    private static String open(String account, long balance) {
        return "{\"$class\": \"" + NS + "OpenAccount\", \"accountId\": \"" + account + "\", \"owner\": \"resource:" + NS
                + "Holder#alice\", \"balance\": " + balance + "}";
    }

    /**
     * A copy of the node in which {@code change} rewrote the transactions of block {@code number}; from there on
     * every header gets the recomputed Merkle root and previous hash and is signed again with the node's key.
     */
    private Path rewrite(long number, UnaryOperator<SignedTransaction> change) throws Exception {
        Path copy = DataDirectories.copy(node, dir.resolve("copy"));
        BlockSigner orderer = NodeKey.load(copy).signer();
        Path blocks = copy.resolve("networks").resolve(NETWORK).resolve("chain").resolve("blocks");
        List<Block> all = new ArrayList<>();
        try (BlockStore store = BlockStore.openReadOnly(blocks)) {
            Hash previous = null;
            for (long n = 0; n < store.size(); n++) {
                Block block = store.read(n);
                if (n < number) {
                    all.add(block);
                } else {
                    List<SignedTransaction> transactions = n == number
                            ? block.transactions().stream().map(change).toList() : block.transactions();
                    BlockHeader h = block.header();
                    BlockHeader header = BlockHeader.unsigned(n, n == number ? h.previousHash() : previous,
                            Block.transactionsRoot(transactions), h.previousResultsHash(), h.timestamp()).signedBy(orderer);
                    block = new Block(header, transactions, block.outcomes(), block.resultsHash());
                    all.add(block);
                }
                previous = block.header().hash();
            }
        }
        Files.delete(blocks.resolve(BlockStore.FILE_NAME));
        try (BlockStore store = BlockStore.open(blocks)) {
            all.forEach(store::append);
            store.sync();
        }
        return copy;
    }

    private static Verification verify(Path data) throws Exception {
        return NodeHost.verify(data).get(NETWORK);
    }

    @Test
    void theChainAsTheNodeWroteItHolds() throws Exception {
        assertThat(verify(node).problem()).isNull();
    }

    @Test
    void headersRecomputedAndReSignedOverTheSameTransactionsStillHold() throws Exception {
        Path copy = rewrite(openA1.block(), tx -> tx);

        assertThat(verify(copy).problem()).isNull();
    }

    @Test
    void aTransactionSignatureReplacedWithHashesAndHeadersRecomputedFailsAtItsBlock() throws Exception {
        // a valid signature by the right key, of other bytes
        byte[] forged = ADMIN_KEY.sign("something else".getBytes(StandardCharsets.UTF_8));
        Path copy = rewrite(openA1.block(), tx -> tx.transactionId().equals(openA1.transactionId())
                ? new SignedTransaction(tx.transactionId(), tx.identityId(), tx.timestamp(), tx.payload(), forged) : tx);

        Verification verification = verify(copy);

        assertThat(verification.failedBlock()).hasValue(openA1.block());
        assertThat(verification.problem()).isEqualTo("the signature of transaction " + openA1.transactionId()
                + " does not verify with the key of identity " + ADMIN_KEY.publicKey().identityId().hex());
    }

    @Test
    void aTransactionReattributedToAnIdentityTheNetworkDidNotKnowFailsAtItsBlock() throws Exception {
        SigningKey stranger = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        String strangerId = stranger.publicKey().identityId().hex();
        Path copy = rewrite(openA1.block(), tx -> {
            if (!tx.transactionId().equals(openA1.transactionId())) {
                return tx;
            }
            SignedTransaction unsigned = new SignedTransaction(tx.transactionId(), strangerId, tx.timestamp(),
                    tx.payload(), new byte[0]);
            return new SignedTransaction(tx.transactionId(), strangerId, tx.timestamp(), tx.payload(),
                    stranger.sign(unsigned.signedBytes()));
        });

        Verification verification = verify(copy);

        assertThat(verification.failedBlock()).hasValue(openA1.block());
        assertThat(verification.problem()).isEqualTo("transaction " + openA1.transactionId() + " is signed by identity "
                + strangerId + ", which the network did not know before this block");
    }
}
