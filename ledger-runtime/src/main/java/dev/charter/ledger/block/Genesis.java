package dev.charter.ledger.block;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.tx.SignedTransaction;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Block 0 of every chain: it names the network the chain runs and the orderer's key, and is executed
 * by no contract.
 *
 * <p>It holds exactly one transaction, with id {@value #TRANSACTION_ID}, submitted and signed by the
 * orderer (identity id: hex SHA-256 of its public key), whose payload is the JSON object
 * <pre>{"network":…, "networkContentHash":"sha256:…", "networkVersion":…, "ordererAlgorithm":…,
 * "ordererPublicKey":"&lt;base64 SubjectPublicKeyInfo&gt;"}</pre>
 * with its keys in this (sorted) order and no white space. Its outcome is committed with no state
 * writes. Its header has number 0 and {@link Hash#ZERO} for both previous hashes. Every later header is
 * signed by the key named here.
 */
public final class Genesis {

    public static final String TRANSACTION_ID = "genesis";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the genesis block fixes for the chain's lifetime. */
    public record Config(String network, String networkVersion, String networkContentHash, String ordererAlgorithm,
            byte[] ordererPublicKey) {

        byte[] toJson() {
            ObjectNode json = JSON.createObjectNode()
                    .put("network", network)
                    .put("networkContentHash", networkContentHash)
                    .put("networkVersion", networkVersion)
                    .put("ordererAlgorithm", ordererAlgorithm)
                    .put("ordererPublicKey", Base64.getEncoder().encodeToString(ordererPublicKey));
            try {
                return JSON.writeValueAsBytes(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A JSON object of strings cannot fail to write", e);
            }
        }

        static Config fromJson(byte[] json) {
            try {
                JsonNode node = JSON.readTree(json);
                return new Config(text(node, "network"), text(node, "networkVersion"), text(node, "networkContentHash"),
                        text(node, "ordererAlgorithm"), Base64.getDecoder().decode(text(node, "ordererPublicKey")));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("the genesis configuration is not valid: " + e.getMessage(), e);
            }
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node == null ? null : node.get(field);
            if (value == null || !value.isTextual()) {
                throw new IllegalArgumentException("it has no " + field);
            }
            return value.asText();
        }
    }

    private Genesis() {
    }

    /** The genesis block of a chain running the described network, signed by {@code orderer}. */
    public static Block create(String network, String networkVersion, String networkContentHash, BlockSigner orderer,
            Instant timestamp) {
        Config config = new Config(network, networkVersion, networkContentHash, orderer.algorithm(), orderer.publicKey());
        SignedTransaction unsigned = new SignedTransaction(TRANSACTION_ID, Hash.sha256(orderer.publicKey()).hex(),
                timestamp, config.toJson(), new byte[0]);
        SignedTransaction transaction = new SignedTransaction(unsigned.transactionId(), unsigned.identityId(), timestamp,
                unsigned.payload(), orderer.sign(unsigned.signedBytes()));
        List<SignedTransaction> transactions = List.of(transaction);
        BlockHeader header = BlockHeader.unsigned(0, Hash.ZERO, Block.transactionsRoot(transactions), Hash.ZERO, timestamp)
                .signedBy(orderer);
        return new Block(header, transactions, List.of(Outcome.ok()), results().hash());
    }

    /** The results of executing a genesis block: its one transaction committed, writing nothing. */
    public static ExecutionResults results() {
        return new ExecutionResults(List.of(Outcome.ok()), List.of(List.of()));
    }

    /**
     * The configuration a genesis block records.
     *
     * @throws IllegalArgumentException when {@code block} does not follow the conventions above; the message
     *     says which
     */
    public static Config config(Block block) {
        if (block.number() != 0) {
            throw new IllegalArgumentException("block " + block.number() + " is not a genesis block");
        }
        if (block.transactions().size() != 1 || !block.transactions().get(0).transactionId().equals(TRANSACTION_ID)) {
            throw new IllegalArgumentException("a genesis block holds exactly one transaction, '" + TRANSACTION_ID + "'");
        }
        return Config.fromJson(block.transactions().get(0).payload());
    }
}
