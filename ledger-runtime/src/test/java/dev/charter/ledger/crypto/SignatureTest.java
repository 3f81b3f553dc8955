package dev.charter.ledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignatureTest {

    private static final byte[] MESSAGE = "{\"$class\":\"org.example.trading.Trade\"}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void signatureVerifiesWithItsKeyOnly(KeyAlgorithm algorithm) {
        SigningKey key = SigningKey.generate(algorithm);
        byte[] signature = key.sign(MESSAGE);
        assertThat(key.publicKey().verify(MESSAGE, signature)).isTrue();
        assertThat(SigningKey.generate(algorithm).publicKey().verify(MESSAGE, signature)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void tamperedMessageOrSignatureDoesNotVerify(KeyAlgorithm algorithm) {
        SigningKey key = SigningKey.generate(algorithm);
        byte[] signature = key.sign(MESSAGE);
        byte[] message = MESSAGE.clone();
        message[5] ^= 1;
        assertThat(key.publicKey().verify(message, signature)).isFalse();
        for (int i = 0; i < signature.length; i++) {
            byte[] tampered = signature.clone();
            tampered[i] ^= 0x10;
            assertThat(key.publicKey().verify(MESSAGE, tampered)).as("byte %d flipped", i).isFalse();
        }
        assertThat(key.publicKey().verify(MESSAGE, new byte[0])).isFalse();
        assertThat(key.publicKey().verify(MESSAGE, new byte[64])).isFalse();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void signaturesVerifyWithTheJdkAndTheJdksWithOurs(KeyAlgorithm algorithm) throws Exception {
        SigningKey key = SigningKey.generate(algorithm);
        String jca = algorithm == KeyAlgorithm.ED25519 ? "Ed25519" : "SHA256withECDSA";
        String family = algorithm == KeyAlgorithm.ED25519 ? "Ed25519" : "EC";
        PublicKey jdkPublic = KeyFactory.getInstance(family)
                .generatePublic(new X509EncodedKeySpec(key.publicKey().subjectPublicKeyInfo()));
        Signature verifier = Signature.getInstance(jca);
        verifier.initVerify(jdkPublic);
        verifier.update(MESSAGE);
        assertThat(verifier.verify(key.sign(MESSAGE))).isTrue();

        Signature signer = Signature.getInstance(jca);
        signer.initSign(KeyFactory.getInstance(family).generatePrivate(new PKCS8EncodedKeySpec(key.pkcs8())));
        signer.update(MESSAGE);
        byte[] jdkSignature = lowS(algorithm, signer.sign());
        assertThat(key.publicKey().verify(MESSAGE, jdkSignature)).isTrue();
        assertThat(IdentityId.ofSubjectPublicKeyInfo(jdkPublic.getEncoded())).isEqualTo(key.publicKey().identityId());
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = "ECDSA_P256")
    void ecdsaSignaturesAreLowSAndTheirHighSTwinIsRefused(KeyAlgorithm algorithm) throws Exception {
        SigningKey key = SigningKey.generate(algorithm);
        for (int i = 0; i < 20; i++) {
            byte[] message = ("message " + i).getBytes(StandardCharsets.UTF_8);
            byte[] signature = key.sign(message);
            BigInteger[] rs = decode(signature);
            assertThat(rs[1]).isLessThanOrEqualTo(EcdsaP256.HALF_N);
            byte[] twin = encode(rs[0], EcdsaP256.N.subtract(rs[1]));
            assertThat(key.publicKey().verify(message, twin)).isFalse();
            assertThat(key.sign(message)).as("RFC 6979: deterministic").isEqualTo(signature);
        }
    }

    private static byte[] lowS(KeyAlgorithm algorithm, byte[] signature) throws Exception {
        if (algorithm != KeyAlgorithm.ECDSA_P256) {
            return signature;
        }
        BigInteger[] rs = decode(signature);
        return rs[1].compareTo(EcdsaP256.HALF_N) > 0 ? encode(rs[0], EcdsaP256.N.subtract(rs[1])) : signature;
    }

    private static BigInteger[] decode(byte[] der) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(der);
        return new BigInteger[] {ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue(),
                ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue()};
    }

    private static byte[] encode(BigInteger r, BigInteger s) throws Exception {
        return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)}).getEncoded();
    }
}
