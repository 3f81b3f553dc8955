package dev.charter.ledger.block;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** Orderer keys for tests: fresh P-256 key pairs from the JDK's provider. */
public final class TestKeys {

    private TestKeys() {
    }

    public static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static BlockSigner orderer() {
        return JcaBlockSignatures.signer(p256(), JcaBlockSignatures.ECDSA_P256);
    }
}
