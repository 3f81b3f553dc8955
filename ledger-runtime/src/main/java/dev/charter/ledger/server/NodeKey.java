package dev.charter.ledger.server;

import dev.charter.ledger.block.BlockSigner;
import dev.charter.ledger.block.BlockSignatures;
import dev.charter.ledger.crypto.DurableFiles;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.Pem;
import dev.charter.ledger.crypto.SigningKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The node's own key (P-256), kept in {@code <data>/node-key.pem} (0600): as the {@code solo} orderer it
 * signs every block header of every network the node hosts, and it submits each network's
 * {@code StartBusinessNetwork}.
 */
final class NodeKey {

    static final String FILE = "node-key.pem";

    private final SigningKey key;
    private final BlockSigner signer;

    private NodeKey(SigningKey key) {
        this.key = key;
        this.signer = BlockSignatures.signer(key);
    }

    /** The key in {@code data}, created on first use. */
    static NodeKey load(Path data) throws IOException {
        Path file = data.resolve(FILE);
        if (Files.exists(file)) {
            try {
                return new NodeKey(Pem.decodePrivateKey(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " is not the node's key: " + e.getMessage(), e);
            }
        }
        SigningKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        DurableFiles.writeSecret(file, Pem.encodePrivateKey(key).getBytes(StandardCharsets.UTF_8));
        return new NodeKey(key);
    }

    /** The identity id the node's transactions carry: the SHA-256 (hex) of its public key. */
    String identityId() {
        return key.publicKey().identityId().hex();
    }

    SigningKey signingKey() {
        return key;
    }

    /** The key as the orderer's block signer. */
    BlockSigner signer() {
        return signer;
    }
}
