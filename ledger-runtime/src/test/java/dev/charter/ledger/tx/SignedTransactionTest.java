package dev.charter.ledger.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SignedTransactionTest {

    private final SignedTransaction tx = new SignedTransaction("tx1", "ab12", Instant.parse("2026-11-29T10:00:00.123456Z"),
            "{\"$class\":\"org.example.Trade\"}".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3});

    @Test
    void decodesWhatItEncodes() {
        assertThat(SignedTransaction.decode(tx.encode())).isEqualTo(tx);
    }

    @Test
    void keepsMillisecondPrecisionOnly() {
        assertThat(tx.timestamp()).isEqualTo(Instant.parse("2026-11-29T10:00:00.123Z"));
    }

    @Test
    void signedBytesLeaveOutTheSignature() {
        SignedTransaction resigned = new SignedTransaction(tx.transactionId(), tx.identityId(), tx.timestamp(),
                tx.payload(), new byte[] {9});
        assertThat(resigned.signedBytes()).isEqualTo(tx.signedBytes());
        assertThat(resigned.encode()).isNotEqualTo(tx.encode());
    }

    @Test
    void refusesTruncatedAndPaddedEncodings() {
        byte[] encoded = tx.encode();
        assertThatThrownBy(() -> SignedTransaction.decode(Arrays.copyOf(encoded, encoded.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedTransaction.decode(Arrays.copyOf(encoded, encoded.length + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
