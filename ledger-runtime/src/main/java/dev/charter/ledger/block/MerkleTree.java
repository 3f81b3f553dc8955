package dev.charter.ledger.block;

import java.security.MessageDigest;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 (Certificate Transparency, section 2.1) over a list of byte strings:
 * a leaf is {@code SHA-256(0x00 ‖ leaf)}, an inner node {@code SHA-256(0x01 ‖ left ‖ right)}, the list
 * is split at the largest power of two smaller than its length, and the empty list hashes to
 * {@code SHA-256()}. The prefixes keep a leaf from passing for an inner node (a second preimage).
 */
public final class MerkleTree {

    private static final byte LEAF = 0;
    private static final byte NODE = 1;

    private MerkleTree() {
    }

    public static Hash root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return Hash.sha256();
        }
        Hash[] level = new Hash[leaves.size()];
        for (int i = 0; i < level.length; i++) {
            MessageDigest digest = Hash.digest();
            digest.update(LEAF);
            digest.update(leaves.get(i));
            level[i] = Hash.finish(digest);
        }
        return subtree(level, 0, level.length);
    }

    private static Hash subtree(Hash[] leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves[from];
        }
        int split = Integer.highestOneBit(n - 1);
        Hash left = subtree(leaves, from, from + split);
        Hash right = subtree(leaves, from + split, to);
        MessageDigest digest = Hash.digest();
        digest.update(NODE);
        left.updateDigest(digest);
        right.updateDigest(digest);
        return Hash.finish(digest);
    }
}
