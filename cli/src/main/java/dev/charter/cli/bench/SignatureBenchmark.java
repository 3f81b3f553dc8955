package dev.charter.cli.bench;

import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.crypto.VerifyingKey;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Signatures made and checked per second, one thread, over the signed bytes of a Trade transaction:
 * Charter's keys (Bouncy Castle's lightweight API) against the JDK's own provider (SunEC) through
 * {@code java.security.Signature}, for ECDSA P-256 (SHA256withECDSA) and Ed25519. Run by
 * {@code charter bench sign}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
public class SignatureBenchmark {

    /** {@link KeyAlgorithm#id()}. */
    @Param({"ecdsa-p256", "ed25519"})
    public String algorithm;

    /** {@code bouncycastle}: Charter's {@link SigningKey}; {@code jdk}: the JDK's default provider. */
    @Param({"bouncycastle", "jdk"})
    public String library;

    private SigningKey key;
    private VerifyingKey verifyingKey;
    private Signature jdkSigner;
    private Signature jdkVerifier;
    private byte[] message;
    private byte[] signature;

    @Setup(Level.Trial)
    public void createKeys() throws GeneralSecurityException {
        key = SigningKey.generate(KeyAlgorithm.fromId(algorithm));
        verifyingKey = key.publicKey();
        String trade = "{\"$class\":\"org.example.trading.Trade\",\"commodity\":\"resource:org.example.trading.Commodity#C42\","
                + "\"newOwner\":\"resource:org.example.trading.Trader#T7\"}";
        SignedTransaction tx = new TransactionSigner(key, verifyingKey.identityId().hex())
                .sign(trade.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-01-01T00:00:00Z"));
        message = tx.signedBytes();
        if (library.equals("jdk")) {
            boolean ed = key.algorithm() == KeyAlgorithm.ED25519;
            KeyFactory keys = KeyFactory.getInstance(ed ? "Ed25519" : "EC");
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(key.pkcs8()));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(verifyingKey.subjectPublicKeyInfo()));
            jdkSigner = Signature.getInstance(ed ? "Ed25519" : "SHA256withECDSA");
            jdkSigner.initSign(privateKey);
            jdkVerifier = Signature.getInstance(ed ? "Ed25519" : "SHA256withECDSA");
            jdkVerifier.initVerify(publicKey);
            jdkSigner.update(message);
            signature = jdkSigner.sign();
        } else {
            signature = key.sign(message);
        }
        if (!verify()) {
            throw new IllegalStateException("A " + algorithm + " signature made by " + library + " does not verify");
        }
    }

    @Benchmark
    public byte[] sign() throws GeneralSecurityException {
        if (jdkSigner == null) {
            return key.sign(message);
        }
        jdkSigner.update(message);
        return jdkSigner.sign();
    }

    @Benchmark
    public boolean verify() throws GeneralSecurityException {
        if (jdkVerifier == null) {
            return verifyingKey.verify(message, signature);
        }
        jdkVerifier.update(message);
        return jdkVerifier.verify(signature);
    }
}
