package dev.charter.ledger.block;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.runtime.state.StateWrite;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.List;

/**
 * What executing a block did: each transaction's outcome and the state writes it committed (none for a
 * refused one), in block order. Its {@link #hash()} is recorded with the block and chained into the next
 * block's header, so two nodes whose execution diverged disagree on the next header.
 */
public record ExecutionResults(List<Outcome> outcomes, List<List<StateWrite>> writes) {

    public ExecutionResults {
        outcomes = List.copyOf(outcomes);
        writes = writes.stream().map(List::copyOf).toList();
        if (outcomes.size() != writes.size()) {
            throw new IllegalArgumentException(outcomes.size() + " outcomes but " + writes.size() + " write sets");
        }
    }

    /**
     * SHA-256 over: the number of transactions (int); then per transaction its status byte (0 committed,
     * 1 refused), a refused one's reason (int length + UTF-8), the number of its writes (int) and each
     * write in the order the executor committed them: key (int length + UTF-8), 0 for a deletion or 1 and
     * the value (int length + bytes).
     */
    public Hash hash() {
        MessageDigest digest = Hash.digest();
        digest.update(intBytes(outcomes.size()));
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            digest.update((byte) (outcome.committed() ? 0 : 1));
            if (!outcome.committed()) {
                lengthPrefixed(digest, outcome.reason().getBytes(UTF_8));
            }
            List<StateWrite> transactionWrites = writes.get(i);
            digest.update(intBytes(transactionWrites.size()));
            for (StateWrite write : transactionWrites) {
                lengthPrefixed(digest, write.key().getBytes(UTF_8));
                if (write.isDelete()) {
                    digest.update((byte) 0);
                } else {
                    digest.update((byte) 1);
                    lengthPrefixed(digest, write.value());
                }
            }
        }
        return Hash.finish(digest);
    }

    private static void lengthPrefixed(MessageDigest digest, byte[] bytes) {
        digest.update(intBytes(bytes.length));
        digest.update(bytes);
    }

    private static byte[] intBytes(int value) {
        return ByteBuffer.allocate(Integer.BYTES).putInt(value).array();
    }
}
