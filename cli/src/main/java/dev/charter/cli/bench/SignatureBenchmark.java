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
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
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
 * Charter's keys (Bouncy Castle's lightweight API) against {@code java.security.Signature} with Bouncy
 * Castle's JCA provider and with the JDK's own (SunEC), for ECDSA P-256 (SHA256withECDSA) and Ed25519.
 * Run by {@code charter bench sign}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
public class SignatureBenchmark {

    /** {@link KeyAlgorithm#id()}. */
    @Param({"ecdsa-p256", "ed25519"})
    public String algorithm;

    /**
     * {@code bouncycastle}: Charter's {@link SigningKey} (the lightweight API); {@code bouncycastle-jca}: Bouncy
     * Castle's JCA provider (an instance, not registered); {@code jdk}: the JDK's default provider.
     */
    @Param({"bouncycastle", "bouncycastle-jca", "jdk"})
    public String library;

    private SigningKey key;
    private VerifyingKey verifyingKey;
    private Signature jcaSigner;
    private Signature jcaVerifier;
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
        if (!library.equals("bouncycastle")) {
            Provider provider = library.equals("jdk") ? null : new BouncyCastleProvider();
            boolean ed = key.algorithm() == KeyAlgorithm.ED25519;
            String keyAlgorithm = ed ? "Ed25519" : "EC";
            String signatureAlgorithm = ed ? "Ed25519" : "SHA256withECDSA";
            KeyFactory keys = provider == null ? KeyFactory.getInstance(keyAlgorithm)
                    : KeyFactory.getInstance(keyAlgorithm, provider);
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(key.pkcs8()));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(verifyingKey.subjectPublicKeyInfo()));
            jcaSigner = provider == null ? Signature.getInstance(signatureAlgorithm)
                    : Signature.getInstance(signatureAlgorithm, provider);
            jcaSigner.initSign(privateKey);
            jcaVerifier = provider == null ? Signature.getInstance(signatureAlgorithm)
                    : Signature.getInstance(signatureAlgorithm, provider);
            jcaVerifier.initVerify(publicKey);
            jcaSigner.update(message);
            signature = jcaSigner.sign();
        } else {
            signature = key.sign(message);
        }
        if (!verify()) {
            throw new IllegalStateException("A " + algorithm + " signature made by " + library + " does not verify");
        }
    }

    @Benchmark
    public byte[] sign() throws GeneralSecurityException {
        if (jcaSigner == null) {
            return key.sign(message);
        }
        jcaSigner.update(message);
        return jcaSigner.sign();
    }

    @Benchmark
    public boolean verify() throws GeneralSecurityException {
        if (jcaVerifier == null) {
            return verifyingKey.verify(message, signature);
        }
        jcaVerifier.update(message);
        return jcaVerifier.verify(signature);
    }
}
