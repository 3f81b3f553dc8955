package dev.charter.ledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** The comb verification against Bouncy Castle's own, on the same inputs, valid and not. */
class P256CombTest {

    private static final BigInteger N = EcdsaP256.N;
    private final SecureRandom random = new SecureRandom();

    @Test
    void aSumOfTwoMultiplesIsBouncyCastlesForEdgeAndRandomScalars() {
        ECPoint g = EcdsaP256.DOMAIN.getG();
        ECPoint q = ((ECPublicKeyParameters) SigningKey.generate(KeyAlgorithm.ECDSA_P256).publicKey().parameters()).getQ();
        P256Comb table = new P256Comb(q);
        List<BigInteger> scalars = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
                N.subtract(BigInteger.ONE), N, BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(P256Comb.COLUMNS), BigInteger.ONE.shiftLeft(255)));
        for (int i = 0; i < 40; i++) {
            scalars.add(new BigInteger(256, random));
        }
        for (BigInteger a : scalars) {
            for (BigInteger b : List.of(scalars.get(random.nextInt(scalars.size())), BigInteger.ZERO, a)) {
                ECPoint expected = ECAlgorithms.sumOfTwoMultiplies(g, a, q, b).normalize();
                assertThat(P256Comb.sumOfTwo(P256Comb.GENERATOR, a, table, b).normalize())
                        .as("%s·G + %s·Q", a, b).isEqualTo(expected);
            }
        }
        // Q = G: the two tables add the same points, so the sum meets doublings of equal points
        assertThat(P256Comb.sumOfTwo(P256Comb.GENERATOR, BigInteger.TEN, new P256Comb(g), BigInteger.TEN).normalize())
                .isEqualTo(g.multiply(BigInteger.valueOf(20)).normalize());
    }

    @Test
    void aBusyKeyAnswersAsBouncyCastleForValidAlteredAndMadeUpSignatures() throws Exception {
        for (int k = 0; k < 6; k++) {
            SigningKey signer = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
            VerifyingKey key = signer.publicKey();
            ECDSASigner reference = new ECDSASigner();
            reference.init(false, key.parameters());
            for (int i = 0; i < 60; i++) { // the first ones use Bouncy Castle's path, the rest the combs
                byte[] message = ("trade " + k + "/" + i).getBytes(StandardCharsets.UTF_8);
                byte[] signature = signer.sign(message);
                BigInteger[] rs = StandardDSAEncoding.INSTANCE.decode(N, signature);
                assertThat(key.verify(message, signature)).as("valid signature %d of key %d", i, k).isTrue();

                byte[] other = ("trade " + k + "/" + i + "!").getBytes(StandardCharsets.UTF_8);
                assertThat(key.verify(other, signature)).isFalse();
                for (BigInteger[] altered : List.of(new BigInteger[] {rs[0].add(BigInteger.ONE), rs[1]},
                        new BigInteger[] {rs[0], rs[1].subtract(BigInteger.ONE)},
                        new BigInteger[] {new BigInteger(255, random).add(BigInteger.ONE), rs[1]},
                        new BigInteger[] {N.subtract(BigInteger.ONE), rs[1]},
                        new BigInteger[] {BigInteger.ZERO, rs[1]}, new BigInteger[] {rs[0], BigInteger.ZERO},
                        new BigInteger[] {N, rs[1]}, new BigInteger[] {rs[0].add(N), rs[1]})) {
                    // low S, as Fabric requires, then Bouncy Castle's answer
                    boolean expected = altered[1].compareTo(EcdsaP256.HALF_N) <= 0
                            && reference.verifySignature(EcdsaP256.sha256(message), altered[0], altered[1]);
                    byte[] encoded = StandardDSAEncoding.INSTANCE.encode(altered[0].compareTo(N) < 0 ? N
                            : N.shiftLeft(8), altered[0], altered[1]);
                    assertThat(key.verify(message, encoded)).as("r=%s s=%s", altered[0], altered[1]).isEqualTo(expected);
                }
            }
        }
    }
}
