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
final class NodeKey implements BlockSigner {

    static final String FILE = "node-key.pem";

    private final SigningKey key;
    private final byte[] publicKey;

    private NodeKey(SigningKey key) {
        this.key = key;
        this.publicKey = key.publicKey().subjectPublicKeyInfo();
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

    @Override
    public String algorithm() {
        return BlockSignatures.ECDSA_P256;
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] sign(byte[] data) {
        return key.sign(data);
    }
}
