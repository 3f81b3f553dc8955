package dev.charter.ledger.client;

import dev.charter.ledger.tx.SignedTransaction;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The body of a batch submission ({@value #MEDIA_TYPE}): for each transaction, its
 * {@link SignedTransaction#encode()} length (int, big-endian) and bytes, back to back. The protocol's
 * binary form, since a batch of thousands of transactions in JSON would cost more to parse than to verify.
 */
public final class TransactionBatch {

    public static final String MEDIA_TYPE = "application/vnd.charter.transactions";

    /** The most transactions one request may carry. */
    public static final int MAX_TRANSACTIONS = 10_000;

    private TransactionBatch() {
    }

    public static byte[] encode(List<SignedTransaction> transactions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(transactions.size() * 400);
        for (SignedTransaction transaction : transactions) {
            byte[] encoded = transaction.encode();
            out.write(encoded.length >>> 24);
            out.write(encoded.length >>> 16);
            out.write(encoded.length >>> 8);
            out.write(encoded.length);
            out.writeBytes(encoded);
        }
        return out.toByteArray();
    }

    /** How many transactions an encoded batch holds, counted without decoding them. */
    public static int decodeCount(byte[] body) {
        ByteBuffer buffer = ByteBuffer.wrap(body);
        int count = 0;
        while (buffer.remaining() >= Integer.BYTES) {
            buffer.position(buffer.position() + Integer.BYTES + buffer.getInt(buffer.position()));
            count++;
        }
        return count;
    }

    /** @throws IllegalArgumentException saying which transaction of the batch is malformed */
    public static List<SignedTransaction> decode(byte[] body) {
        ByteBuffer buffer = ByteBuffer.wrap(body);
        List<SignedTransaction> transactions = new ArrayList<>();
        while (buffer.hasRemaining()) {
            int index = transactions.size();
            if (index == MAX_TRANSACTIONS) {
                throw new IllegalArgumentException("A batch holds at most " + MAX_TRANSACTIONS + " transactions");
            }
            if (buffer.remaining() < Integer.BYTES) {
                throw new IllegalArgumentException("Transaction " + index + " of the batch is truncated");
            }
            int length = buffer.getInt();
            if (length < 0 || length > buffer.remaining()) {
                throw new IllegalArgumentException("Transaction " + index + " of the batch claims " + length
                        + " bytes but " + buffer.remaining() + " remain");
            }
            int from = buffer.position();
            buffer.position(from + length);
            try {
                transactions.add(SignedTransaction.decode(Arrays.copyOfRange(body, from, from + length)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Transaction " + index + " of the batch: " + e.getMessage(), e);
            }
        }
        return transactions;
    }
}
