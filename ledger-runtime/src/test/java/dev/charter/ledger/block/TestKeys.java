package dev.charter.ledger.block;

import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;

/** Orderer keys for tests: fresh P-256 keys. */
public final class TestKeys {

    private TestKeys() {
    }

    public static BlockSigner orderer() {
        return BlockSignatures.signer(SigningKey.generate(KeyAlgorithm.ECDSA_P256));
    }
}
