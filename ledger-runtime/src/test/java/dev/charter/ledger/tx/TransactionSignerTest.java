package dev.charter.ledger.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class TransactionSignerTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00.123456Z");
    private static final String TRADE = "{ \"$class\": \"org.example.trading.Trade\",\n  \"newOwner\": \"resource:org.example.trading.Trader#T2\",\n"
            + "  \"commodity\": \"resource:org.example.trading.Commodity#ABC\", \"price\": 10.50 }";

    private final SigningKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
    private final TransactionSigner signer = new TransactionSigner(key, key.publicKey().identityId().hex());

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void signedTransactionCarriesTheCanonicalPayloadAndVerifies(KeyAlgorithm algorithm) {
        SigningKey key = SigningKey.generate(algorithm);
        SignedTransaction tx = new TransactionSigner(key, key.publicKey().identityId().hex())
                .sign(TRADE.getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(tx.transactionId()).matches("[0-9a-f]{64}");
        assertThat(tx.timestamp()).isEqualTo(Instant.parse("2026-11-29T12:00:00.123Z"));
        assertThat(new String(tx.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"$class\":\"org.example.trading.Trade\","
                + "\"commodity\":\"resource:org.example.trading.Commodity#ABC\","
                + "\"newOwner\":\"resource:org.example.trading.Trader#T2\",\"price\":10.5,"
                + "\"timestamp\":\"2026-11-29T12:00:00.123Z\",\"transactionId\":\"" + tx.transactionId() + "\"}");
        assertThat(key.publicKey().verify(tx.signedBytes(), tx.signature())).isTrue();
        assertThat(SignedTransaction.decode(tx.encode())).isEqualTo(tx);
    }

    @Test
    void aTransactionIdInTheJsonIsKeptAndNewIdsDiffer() {
        byte[] json = "{\"$class\":\"org.example.trading.Trade\",\"transactionId\":\"tx-42\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(signer.sign(json, NOW).transactionId()).isEqualTo("tx-42");
        byte[] trade = TRADE.getBytes(StandardCharsets.UTF_8);
        assertThat(signer.sign(trade, NOW).transactionId()).isNotEqualTo(signer.sign(trade, NOW).transactionId());
    }

    @Test
    void jsonThatIsNotATransactionSaysWhy() {
        assertThatThrownBy(() -> signer.sign("[1]".getBytes(StandardCharsets.UTF_8), NOW))
                .hasMessage("A transaction is a JSON object with a $class, not array");
        assertThatThrownBy(() -> signer.sign("{\"price\":1}".getBytes(StandardCharsets.UTF_8), NOW))
                .hasMessage("The transaction has no $class: name its type, such as \"$class\": \"org.example.trading.Trade\"");
        assertThatThrownBy(() -> signer.sign("{\"$class\":\"a.B\",\"x\":1,\"x\":2}".getBytes(StandardCharsets.UTF_8), NOW))
                .hasMessageStartingWith("The transaction is not JSON: Duplicate field 'x'");
        assertThatThrownBy(() -> signer.sign("{\"$class\":\"a.B\",\"transactionId\":7}".getBytes(StandardCharsets.UTF_8), NOW))
                .hasMessage("transactionId must be a string of 1 to 128 characters, not 7");
    }
}
