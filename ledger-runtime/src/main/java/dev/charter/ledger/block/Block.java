package dev.charter.ledger.block;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.ledger.tx.SignedTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One block of the chain: the orderer's signed header, the transactions it ordered, and what executing
 * them gave — each transaction's {@link Outcome} and the block's {@link ExecutionResults#hash results
 * hash}, which the next header chains.
 *
 * <p>Encoding (big-endian): format byte {@code 1}; the header ({@link BlockHeader}, signature included);
 * the number of transactions (int) and each one's {@link SignedTransaction#encode()} (int length +
 * bytes); each transaction's outcome — byte 0 committed, or byte 1 and the reason (int length + UTF-8);
 * the results hash (32 bytes). The same bytes on every node.
 */
public record Block(BlockHeader header, List<SignedTransaction> transactions, List<Outcome> outcomes,
        Hash resultsHash) {

    private static final int FORMAT = 1;

    public Block {
        Objects.requireNonNull(header, "header");
        transactions = List.copyOf(transactions);
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(resultsHash, "resultsHash");
        if (transactions.size() != outcomes.size()) {
            throw new IllegalArgumentException("Block " + header.number() + " has " + transactions.size()
                    + " transactions but " + outcomes.size() + " outcomes");
        }
    }

    public long number() {
        return header.number();
    }

    /** The Merkle root of {@code transactions}, as a header must record it. */
    public static Hash transactionsRoot(List<SignedTransaction> transactions) {
        List<byte[]> leaves = new ArrayList<>(transactions.size());
        for (SignedTransaction transaction : transactions) {
            leaves.add(transaction.encode());
        }
        return MerkleTree.root(leaves);
    }

    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            header.writeTo(out, true);
            out.writeInt(transactions.size());
            for (SignedTransaction transaction : transactions) {
                byte[] encoded = transaction.encode();
                out.writeInt(encoded.length);
                out.write(encoded);
            }
            for (Outcome outcome : outcomes) {
                if (outcome.committed()) {
                    out.writeByte(0);
                } else {
                    out.writeByte(1);
                    byte[] reason = outcome.reason().getBytes(UTF_8);
                    out.writeInt(reason.length);
                    out.write(reason);
                }
            }
            out.write(resultsHash.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are not an encoded block; the message says what is wrong */
    public static Block decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown block format " + format);
            }
            BlockHeader header = BlockHeader.readFrom(in);
            int count = in.readInt();
            if (count < 0 || count > in.available()) {
                throw new IllegalArgumentException("a transaction count of " + count + " exceeds the block");
            }
            List<SignedTransaction> transactions = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                transactions.add(SignedTransaction.decode(readBytes(in)));
            }
            List<Outcome> outcomes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int status = in.readUnsignedByte();
                switch (status) {
                    case 0 -> outcomes.add(Outcome.ok());
                    case 1 -> outcomes.add(Outcome.refused(new String(readBytes(in), UTF_8)));
                    default -> throw new IllegalArgumentException("unknown outcome " + status + " of transaction " + i);
                }
            }
            Hash results = BlockHeader.readHash(in);
            if (in.available() > 0) {
                throw new IllegalArgumentException(in.available() + " bytes follow the block");
            }
            return new Block(header, transactions, outcomes, results);
        } catch (IOException e) {
            throw new IllegalArgumentException("the block is truncated or malformed (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("a length of " + length + " exceeds the block");
        }
        return in.readNBytes(length);
    }

    @Override
    public String toString() {
        return "Block[" + header.number() + ", " + transactions.size() + " transactions]";
    }
}
