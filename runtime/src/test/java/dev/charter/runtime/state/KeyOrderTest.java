package dev.charter.runtime.state;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyOrderTest {

    @Test
    void agreesWithUnsignedComparisonOfUtf8Bytes() {
        int[] interesting = {'a', 'z', '/', 0x7F, 0xE9, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFF21, 0xFFFF, 0x10000, 0x1F697,
            0x10FFFF};
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 50_000; n++) {
            String a = randomKey(random, interesting);
            String b = randomKey(random, interesting);
            int expected = Integer.signum(Arrays.compareUnsigned(a.getBytes(UTF_8), b.getBytes(UTF_8)));

            assertThat(Integer.signum(KeyOrder.compare(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
        }
    }

    private static String randomKey(SplittableRandom random, int[] codePoints) {
        StringBuilder key = new StringBuilder();
        int length = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            key.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return key.toString();
    }
}
