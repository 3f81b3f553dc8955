package dev.charter.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimeTest {

    @Test
    void writesUtcWithExactlyThreeFractionDigits() {
        assertThat(IsoTime.format(Instant.parse("2026-11-21T13:00:00Z"))).isEqualTo("2026-11-21T13:00:00.000Z");
        assertThat(IsoTime.format(Instant.parse("2026-11-21T13:00:00.5Z"))).isEqualTo("2026-11-21T13:00:00.500Z");
        assertThat(IsoTime.format(Instant.parse("1969-12-31T23:59:59.999Z"))).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(IsoTime.format(Instant.parse("2000-02-29T00:00:00Z"))).isEqualTo("2000-02-29T00:00:00.000Z");
    }

    @Test
    void truncatesBelowTheMillisecondBothWays() {
        assertThat(IsoTime.format(Instant.parse("2026-11-21T13:00:00.123987Z"))).isEqualTo("2026-11-21T13:00:00.123Z");
        assertThat(IsoTime.parse("2026-11-21T13:00:00.123987Z")).isEqualTo(Instant.parse("2026-11-21T13:00:00.123Z"));
    }

    @Test
    void agreesWithJavaTimeAcrossTheCalendar() {
        DateTimeFormatter reference = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC);
        SplittableRandom random = new SplittableRandom(42);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max), random.nextInt(1_000_000_000))
                    .truncatedTo(ChronoUnit.MILLIS);
            String text = IsoTime.format(instant);
            assertThat(text).isEqualTo(reference.format(instant));
            assertThat(IsoTime.parse(text)).isEqualTo(instant);
        }
    }

    @Test
    void readsOtherOffsetsAndPrecisions() {
        Instant one = Instant.parse("2026-11-21T13:00:00Z");

        assertThat(IsoTime.parse("2026-11-21T14:00:00+01:00")).isEqualTo(one);
        assertThat(IsoTime.parse("2026-11-21T13:00:00Z")).isEqualTo(one);
        assertThat(IsoTime.parse("2026-11-21T13:00Z")).isEqualTo(one);
    }

    @Test
    void writesYearsBeyondFourDigitsWithASign() {
        assertThat(IsoTime.format(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("+10000-01-01T00:00:00.000Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-11-21", "2026-11-21T13:00:00.000", "2026-02-30T13:00:00.000Z",
            "2026-11-21T24:00:00.000Z", "2026-11-21 13:00:00.000Z", "2026-11-21T13:00:00.0a0Z"})
    void rejectsWhatIsNotAnIsoDateTimeWithOffset(String text) {
        assertThat(IsoTime.isValid(text)).isFalse();
        assertThatThrownBy(() -> IsoTime.parse(text)).hasMessage("Invalid DateTime '" + text
                + "': expected ISO-8601 with an offset, such as 2026-11-21T13:00:00.000Z");
    }
}
