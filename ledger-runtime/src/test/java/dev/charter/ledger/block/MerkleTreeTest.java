package dev.charter.ledger.block;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static byte[] b(String s) {
        return s.getBytes(UTF_8);
    }

    private static Hash leaf(String s) {
        return Hash.sha256(new byte[] {0}, b(s));
    }

    private static Hash node(Hash left, Hash right) {
        return Hash.sha256(new byte[] {1}, left.bytes(), right.bytes());
    }

    @Test
    void hashesTheEmptyListAndASingleEmptyLeafAsRfc6962Does() {
        assertThat(MerkleTree.root(List.of()).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(MerkleTree.root(List.of(new byte[0])).hex())
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void splitsAtTheLargestPowerOfTwoBelowTheLength() {
        Hash expected = node(node(node(leaf("a"), leaf("b")), node(leaf("c"), leaf("d"))), leaf("e"));

        assertThat(MerkleTree.root(List.of(b("a"), b("b"), b("c"), b("d"), b("e")))).isEqualTo(expected);
        assertThat(MerkleTree.root(List.of(b("a"), b("b"), b("c"))))
                .isEqualTo(node(node(leaf("a"), leaf("b")), leaf("c")));
    }

    @Test
    void dependsOnTheOrderAndEveryByteOfTheLeaves() {
        Hash root = MerkleTree.root(List.of(b("a"), b("b"), b("c")));

        assertThat(MerkleTree.root(List.of(b("b"), b("a"), b("c")))).isNotEqualTo(root);
        assertThat(MerkleTree.root(List.of(b("a"), b("b"), b("d")))).isNotEqualTo(root);
        assertThat(MerkleTree.root(List.of(b("a"), b("b")))).isNotEqualTo(root);
    }
}
