package dev.charter.ledger.verify;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.BlockHeader;
import dev.charter.ledger.block.BlockSignatureVerifier;
import dev.charter.ledger.block.ExecutionResults;
import dev.charter.ledger.block.Genesis;
import dev.charter.ledger.block.Hash;
import dev.charter.ledger.crypto.Verifier;
import dev.charter.ledger.node.BlockExecutor;
import dev.charter.ledger.node.ChainArchives;
import dev.charter.ledger.node.DataDirectory;
import dev.charter.ledger.node.LedgerException;
import dev.charter.ledger.node.SubmitterResolver;
import dev.charter.ledger.node.SystemTransactions;
import dev.charter.ledger.store.BlockStore;
import dev.charter.ledger.store.BlockStoreException;
import dev.charter.ledger.store.RocksStateStore;
import dev.charter.ledger.store.StateCommit;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.KeyOrder;
import dev.charter.runtime.state.StateStoreException;
import dev.charter.runtime.state.StateVersion;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Proves a node's data directory: every block's checksum, header hash link, Merkle root and orderer
 * signature (with the key the genesis block names); every transaction's signature (with the key of its
 * identity, as the state before its block knew it); re-executing every block from genesis on a fresh
 * in-memory state, each with the network archive in force before it ({@link ChainArchives}), gives the
 * outcomes and results hash each block records; and the node's state — values,
 * every key's history, the transaction index, height and results hash — is exactly what re-execution
 * built. Names the first block that fails. Reads only: nothing in the directory changes.
 */
public final class ChainVerifier {

    private final BlockSignatureVerifier signatures;
    private final SubmitterResolver submitters;
    private final AccessController access;
    private final Function<? super NetworkArchive, SystemTransactions> system;
    private final TransactionKeys keys;

    /**
     * For a chain whose submitters are no identities with keys (development chains): transactions' own
     * signatures are not checked.
     *
     * @param submitters and {@code access} must be those the node ran with, or execution differs
     */
    public ChainVerifier(BlockSignatureVerifier signatures, SubmitterResolver submitters, AccessController access) {
        this(signatures, submitters, access, archive -> SystemTransactions.NONE, null);
    }

    /**
     * For a node that executes system transactions ({@link dev.charter.ledger.node.LedgerNode#open(
     * java.nio.file.Path, dev.charter.ledger.consensus.Orderer, SubmitterResolver, AccessController, Function)}):
     * the same function, applied to each archive.
     *
     * @param keys the key each transaction must be signed with (the orderer's own transactions are checked
     *     with the orderer's key); null to leave transactions' signatures unchecked
     */
    public ChainVerifier(BlockSignatureVerifier signatures, SubmitterResolver submitters,
            AccessController access, Function<? super NetworkArchive, SystemTransactions> system, TransactionKeys keys) {
        this.signatures = signatures;
        this.submitters = submitters;
        this.access = access;
        this.system = system;
        this.keys = keys;
    }

    /**
     * @throws IllegalArgumentException when {@code data} holds no chain (no block file)
     */
    public Verification verify(DataDirectory data) {
        if (!Files.isRegularFile(data.blocks().resolve(BlockStore.FILE_NAME))) {
            throw new IllegalArgumentException(data.root() + " holds no chain: " + data.blocks().resolve(BlockStore.FILE_NAME)
                    + " does not exist");
        }
        try (BlockStore blocks = BlockStore.openReadOnly(data.blocks())) {
            return new Run(data, blocks).run();
        }
    }

    /** One verification's progress: the chain so far and the state re-execution built. */
    private final class Run {

        private final DataDirectory data;
        private final BlockStore blocks;
        private final InMemoryStateStore expected = new InMemoryStateStore();
        /** The block of each transaction that committed writes: what a difference in the state is blamed on. */
        private final Map<String, Long> writtenIn = new HashMap<>();
        /**
         * Where each transaction id last appears. An id may appear again after a refusal (a refused
         * transaction wrote nothing, so it may be resubmitted) or be refused as a duplicate; the state's
         * index, like this map, keeps the last.
         */
        private final Map<String, RocksStateStore.Location> location = new HashMap<>();
        private Hash genesis;
        private Block previous;

        Run(DataDirectory data, BlockStore blocks) {
            this.data = data;
            this.blocks = blocks;
        }

        Verification run() {
            if (blocks.size() == 0) {
                return fail(0, blocks.damage().orElse("the block file holds no block"));
            }
            Genesis.Config config;
            Block first;
            try {
                first = blocks.read(0);
                config = Genesis.config(first);
            } catch (BlockStoreException | IllegalArgumentException e) {
                return fail(0, e.getMessage());
            }
            genesis = first.header().hash();
            ChainArchives archives;
            try {
                archives = ChainArchives.open(data);
            } catch (LedgerException e) {
                return fail(0, e.getMessage());
            }
            try (archives) {
                NetworkArchive archive = archives.genesis();
                if (!archive.contentHash().equals(config.networkContentHash())) {
                    return fail(0, "it names the network " + config.network() + " " + config.networkVersion() + " ("
                            + config.networkContentHash() + "), but " + data.archive() + " is " + archive);
                }
                BlockExecutor executor = new BlockExecutor(archives, access, submitters, system);
                for (long n = 0; n < blocks.size(); n++) {
                    String problem = verifyBlock(n, config, executor);
                    if (problem != null) {
                        return fail(n, problem);
                    }
                }
            }
            if (blocks.damage().isPresent()) {
                return fail(blocks.size(), blocks.damage().get());
            }
            return verifyState();
        }

        /** @return what is wrong with block {@code n}, or null */
        private String verifyBlock(long n, Genesis.Config config, BlockExecutor executor) {
            Block block;
            try {
                block = blocks.read(n);
            } catch (BlockStoreException e) {
                return e.getMessage();
            }
            BlockHeader header = block.header();
            Hash previousHash = previous == null ? Hash.ZERO : previous.header().hash();
            Hash previousResults = previous == null ? Hash.ZERO : previous.resultsHash();
            if (!header.previousHash().equals(previousHash)) {
                return "its header names " + header.previousHash() + " as the previous header's hash, but that hash is "
                        + previousHash;
            }
            if (!header.previousResultsHash().equals(previousResults)) {
                return "its header names " + header.previousResultsHash() + " as the previous block's results hash, but"
                        + " block " + (n - 1) + " records " + previousResults;
            }
            if (previous != null && header.timestamp().isBefore(previous.header().timestamp())) {
                return "its timestamp " + header.timestamp() + " is before block " + (n - 1) + "'s";
            }
            Hash root = Block.transactionsRoot(block.transactions());
            if (!root.equals(header.transactionsRoot())) {
                return "the Merkle root of its transactions is " + root + ", but its header records "
                        + header.transactionsRoot();
            }
            boolean signed;
            try {
                signed = signatures.verify(config.ordererAlgorithm(), config.ordererPublicKey(), header.signedBytes(),
                        header.signature());
            } catch (IllegalArgumentException e) {
                return "its signature cannot be checked: " + e.getMessage();
            }
            if (!signed) {
                return "its header's signature is not the orderer's (the key the genesis block names)";
            }
            String unsigned = verifyTransactionSignatures(block, config);
            if (unsigned != null) {
                return unsigned;
            }
            ExecutionResults results;
            List<StateCommit> commits;
            if (n == 0) {
                results = Genesis.results();
                commits = List.of();
            } else {
                BlockExecutor.Execution execution;
                try {
                    execution = executor.execute(block.transactions(), expected);
                } catch (LedgerException e) {
                    return "it cannot be re-executed: " + e.getMessage();
                }
                results = execution.results();
                commits = execution.commits();
            }
            for (int i = 0; i < block.transactions().size(); i++) {
                String id = block.transactions().get(i).transactionId();
                if (!results.outcomes().get(i).equals(block.outcomes().get(i))) {
                    return "transaction " + id + " re-executes to '" + results.outcomes().get(i) + "', but the block records '"
                            + block.outcomes().get(i) + "'";
                }
                location.put(id, new RocksStateStore.Location(n, i));
            }
            if (!results.hash().equals(block.resultsHash())) {
                return "re-executing it gives the results hash " + results.hash() + ", but it records " + block.resultsHash();
            }
            for (StateCommit commit : commits) {
                expected.commit(commit.transactionId(), commit.writes());
                writtenIn.put(commit.transactionId(), n);
            }
            previous = block;
            return null;
        }

        /**
         * Each transaction's signature, with the key of its identity in the state before the block (the
         * orderer's transactions, genesis included, with the orderer's key), on all cores.
         *
         * @return what is wrong with the first transaction that fails, or null
         */
        private String verifyTransactionSignatures(Block block, Genesis.Config config) {
            if (keys == null && block.number() > 0) {
                return null;
            }
            String ordererId = Hash.sha256(config.ordererPublicKey()).hex();
            return block.transactions().parallelStream()
                    .map(transaction -> verifySignature(transaction, ordererId, config))
                    .filter(Objects::nonNull)
                    .findFirst().orElse(null);
        }

        /** @return what is wrong with the transaction's signature, or null */
        private String verifySignature(SignedTransaction transaction, String ordererId, Genesis.Config config) {
            String id = transaction.identityId();
            boolean signed;
            if (id.equals(ordererId)) {
                try {
                    signed = signatures.verify(config.ordererAlgorithm(), config.ordererPublicKey(),
                            transaction.signedBytes(), transaction.signature());
                } catch (IllegalArgumentException e) {
                    return "the signature of transaction " + transaction.transactionId() + " cannot be checked: "
                            + e.getMessage();
                }
            } else {
                Optional<Verifier> key = keys == null ? Optional.empty() : keys.key(id, expected);
                if (key.isEmpty()) {
                    return "transaction " + transaction.transactionId() + " is signed by identity " + id
                            + ", which the network did not know before this block";
                }
                signed = key.get().verify(transaction.signedBytes(), transaction.signature());
            }
            return signed ? null : "the signature of transaction " + transaction.transactionId() + " does not verify"
                    + " with the key of identity " + id;
        }

        private Verification verifyState() {
            long last = previous.number();
            if (!Files.isDirectory(data.state())) {
                return fail(0, "the state directory " + data.state() + " is missing");
            }
            try (RocksStateStore state = RocksStateStore.openReadOnly(data.state())) {
                state.verifyChecksums();
                long height = state.height().orElse(-1);
                if (height != last) {
                    return fail(Math.min(height + 1, last), height < last
                            ? "the state has not applied it (the state is at block " + height + "; the node replays the"
                                    + " missing blocks when it starts)"
                            : "the state claims to be at block " + height + ", after the last block");
                }
                if (!state.resultsHash().map(previous.resultsHash()::equals).orElse(false)) {
                    return fail(last, "the state records another results hash for it");
                }
                long first = Long.MAX_VALUE;
                String problem = null;
                Map<String, List<StateVersion>> actual = state.allHistories();
                TreeSet<String> keys = new TreeSet<>(KeyOrder.UTF8);
                keys.addAll(actual.keySet());
                expected.scan("").forEach(entry -> keys.add(entry.key()));
                state.scan("").forEach(entry -> keys.add(entry.key()));
                for (String key : keys) {
                    List<StateVersion> want = expected.history(key);
                    List<StateVersion> have = actual.getOrDefault(key, List.of());
                    int i = 0;
                    while (i < want.size() && i < have.size() && want.get(i).equals(have.get(i))) {
                        i++;
                    }
                    if (i < want.size() || i < have.size()) {
                        long block = Math.min(blockOf(want, i, last), blockOf(have, i, last));
                        if (block < first) {
                            first = block;
                            problem = "the state's history of " + key + " differs from re-execution at version " + (i + 1)
                                    + " (" + describe(want, i) + " expected, " + describe(have, i) + " found)";
                        }
                    }
                }
                for (String key : keys) {
                    byte[] want = expected.get(key).orElse(null);
                    byte[] have = state.get(key).orElse(null);
                    if (!Arrays.equals(want, have)) {
                        List<StateVersion> versions = expected.history(key);
                        long block = versions.isEmpty() ? last : blockOf(versions, versions.size() - 1, last);
                        if (block < first) {
                            first = block;
                            problem = "the state's value of " + key + " is not the one re-execution gives";
                        }
                    }
                }
                for (Map.Entry<String, RocksStateStore.Location> tx : location.entrySet()) {
                    Optional<RocksStateStore.Location> stored = state.locate(tx.getKey());
                    if (!stored.equals(Optional.of(tx.getValue())) && tx.getValue().block() < first) {
                        first = tx.getValue().block();
                        problem = "the state's index places transaction " + tx.getKey() + " "
                                + stored.map(l -> "in block " + l.block() + " at " + l.index()).orElse("nowhere");
                    }
                }
                return problem == null ? Verification.holds(last + 1, genesis, previous.header().hash())
                        : fail(first, problem);
            } catch (StateStoreException e) {
                return fail(last, "the state database, which should hold the state after this block, is damaged: "
                        + e.getMessage());
            }
        }

        private long blockOf(List<StateVersion> versions, int i, long otherwise) {
            if (i >= versions.size()) {
                return Long.MAX_VALUE;
            }
            return Objects.requireNonNullElse(writtenIn.get(versions.get(i).transactionId()), otherwise);
        }

        private static String describe(List<StateVersion> versions, int i) {
            return i < versions.size() ? "written by " + versions.get(i).transactionId() : "none";
        }

        private Verification fail(long block, String problem) {
            return Verification.fails(block, problem, previous == null ? 0 : previous.number() + 1, genesis,
                    previous == null ? null : previous.header().hash());
        }
    }
}
