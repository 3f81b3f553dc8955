package dev.charter.ledger.crypto;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Precomputed multiples of one P-256 point for the fixed-base comb method (Lim–Lee): a 256-bit scalar is cut
 * into {@value #WIDTH} rows of {@value #COLUMNS} bits, and entry {@code j} of the table is the sum of
 * {@code 2^(i·COLUMNS)·P} over the bits {@code i} set in {@code j}. Two such tables give {@code a·P + b·Q} in
 * {@value #COLUMNS} doublings and at most {@code 2·COLUMNS} additions ({@link #sumOfTwo}) — the ECDSA
 * verification equation — where Bouncy Castle's width-6 combs take 43 and 86. The arithmetic is Bouncy
 * Castle's own ({@link ECPoint}, P-256's dedicated field); only the choice of what to precompute is ours.
 *
 * <p>A table holds {@code 2^WIDTH - 1} affine points (the sum for {@code j = 0} is the point at infinity) in Bouncy
 * Castle's flat lookup table for P-256, 64 KB of coordinates: it is made for the generator once, and for a key
 * only once that key has proved busy ({@link VerifyingKey}). Verification is of public data, so nothing here
 * needs to run in constant time. Immutable and thread-safe.
 */
final class P256Comb {

    static final int WIDTH = 10;
    static final int COLUMNS = (256 + WIDTH - 1) / WIDTH;
    static {
        // VerifyingKey compares x = X/Z² without normalising the sum: that needs Jacobian coordinates
        if (EcdsaP256.DOMAIN.getCurve().getCoordinateSystem() != ECCurve.COORD_JACOBIAN) {
            throw new IllegalStateException("Bouncy Castle's P-256 curve no longer uses Jacobian coordinates");
        }
    }

    /** The generator's table, shared by every verification. */
    static final P256Comb GENERATOR = new P256Comb(EcdsaP256.DOMAIN.getG());

    /** How many keys keep a table (16 MB), the least recently used leaving first. */
    private static final int KEYS = 256;
    private static final Map<VerifyingKey, P256Comb> TABLES = Collections.synchronizedMap(
            new LinkedHashMap<>(KEYS * 2, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<VerifyingKey, P256Comb> eldest) {
                    return size() > KEYS;
                }
            });

    /** Entry {@code j} of the comb at index {@code j - 1}: points as 16 ints each, made into a point when read. */
    private final ECLookupTable points;

    P256Comb(ECPoint point) {
        ECPoint[] rows = new ECPoint[WIDTH];
        rows[0] = point.normalize();
        for (int i = 1; i < WIDTH; i++) {
            rows[i] = rows[i - 1].timesPow2(COLUMNS);
        }
        ECCurve curve = point.getCurve();
        ECPoint[] table = new ECPoint[1 << WIDTH];
        table[0] = curve.getInfinity();
        for (int j = 1; j < table.length; j++) {
            // j's lowest set bit added to the entry for j without it, which is already made
            table[j] = table[j & (j - 1)].add(rows[Integer.numberOfTrailingZeros(j)]);
        }
        curve.normalizeAll(table); // affine points: each addition of one is Bouncy Castle's cheaper mixed addition
        this.points = curve.createCacheSafeLookupTable(table, 1, table.length - 1);
    }

    /** The table of {@code key}'s point, made now if the busiest keys' tables do not hold it. */
    static P256Comb of(VerifyingKey key, ECPoint point) {
        P256Comb table = TABLES.get(key);
        if (table == null) {
            table = new P256Comb(point); // two threads may both make it: the same table, once more
            TABLES.put(key, table);
        }
        return table;
    }

    /** {@code a·P + b·Q} for scalars in [0, 2^256), with P the point of {@code p} and Q of {@code q}. */
    static ECPoint sumOfTwo(P256Comb p, BigInteger a, P256Comb q, BigInteger b) {
        int[] x = words(a);
        int[] y = words(b);
        ECPoint sum = EcdsaP256.DOMAIN.getCurve().getInfinity();
        for (int column = COLUMNS - 1; column >= 0; column--) {
            sum = sum.twice();
            int i = index(x, column);
            if (i != 0) {
                sum = sum.add(p.points.lookupVar(i - 1));
            }
            int j = index(y, column);
            if (j != 0) {
                sum = sum.add(q.points.lookupVar(j - 1));
            }
        }
        return sum;
    }

    /** The scalar's bits, least significant word first, with room for the rows' bits past 256 (all 0). */
    private static int[] words(BigInteger scalar) {
        if (scalar.signum() < 0 || scalar.bitLength() > 256) {
            throw new IllegalArgumentException("A P-256 scalar is in [0, 2^256)");
        }
        int[] words = new int[(WIDTH * COLUMNS + 31) / 32];
        byte[] bytes = scalar.toByteArray(); // big-endian, maybe with a leading sign byte
        for (int i = 0; i < bytes.length && i < 32; i++) {
            int bit = i * 8;
            words[bit >>> 5] |= (bytes[bytes.length - 1 - i] & 0xff) << (bit & 31);
        }
        return words;
    }

    private static int index(int[] words, int column) {
        int index = 0;
        for (int row = WIDTH - 1; row >= 0; row--) {
            int bit = row * COLUMNS + column;
            index = index << 1 | (words[bit >>> 5] >>> (bit & 31) & 1);
        }
        return index;
    }
}
