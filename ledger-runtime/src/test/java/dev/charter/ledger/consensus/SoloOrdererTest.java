package dev.charter.ledger.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.ledger.block.Hash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SoloOrdererTest extends OrdererContract {

    @Override
    protected Orderer newOrderer() {
        return new SoloOrderer(signer, 10, Duration.ofMillis(5), Clock.systemUTC());
    }

    @Test
    void closesABlockAtItsSizeLimit() throws InterruptedException {
        RecordingSink sink = new RecordingSink();
        try (SoloOrderer orderer = new SoloOrderer(signer, 3, Duration.ofSeconds(30), Clock.systemUTC())) {
            orderer.start(new ChainHead(1, Hash.ZERO, Hash.ZERO, Instant.EPOCH), sink);
            for (int n = 0; n < 6; n++) {
                orderer.submit(tx(n));
            }
            await(sink, 6);
        }

        assertThat(sink.blocks).allSatisfy(block -> assertThat(block.transactions()).hasSize(3));
    }

    @Test
    void closesABlockWhenItsDelayIsOverAndNeverGoesBackInTime() throws InterruptedException {
        Instant later = Instant.parse("2030-01-01T00:00:00Z");
        RecordingSink sink = new RecordingSink();
        try (SoloOrderer orderer = new SoloOrderer(signer, 1000, Duration.ofMillis(20),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))) {
            orderer.start(new ChainHead(1, Hash.ZERO, Hash.ZERO, later), sink);
            orderer.submit(tx(1));
            await(sink, 1);
        }

        assertThat(sink.blocks).hasSize(1);
        assertThat(sink.blocks.get(0).header().timestamp()).isEqualTo(later);
    }
}
