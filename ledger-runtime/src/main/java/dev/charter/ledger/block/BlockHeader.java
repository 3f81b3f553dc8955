package dev.charter.ledger.block;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What chains a block to the ones before it, signed by the orderer that cut it.
 *
 * <p>Encoding (big-endian): format byte {@code 1}, number (long), previous header hash (32 bytes),
 * Merkle root of the block's encoded transactions (32), results hash of the previous block (32),
 * timestamp (epoch milliseconds, long) — these are the {@link #signedBytes() signed bytes} — then the
 * orderer's signature (unsigned short length + bytes). The header's {@link #hash() hash} is the
 * SHA-256 of the whole encoding, signature included.
 *
 * @param previousHash the previous header's hash; {@link Hash#ZERO} for the genesis block
 * @param transactionsRoot {@link MerkleTree#root} over the transactions' {@code encode()} bytes
 * @param previousResultsHash the previous block's {@link ExecutionResults#hash results hash};
 *     {@link Hash#ZERO} for the genesis block
 */
public record BlockHeader(long number, Hash previousHash, Hash transactionsRoot, Hash previousResultsHash,
        Instant timestamp, byte[] signature) {

    private static final int FORMAT = 1;

    public BlockHeader {
        if (number < 0) {
            throw new IllegalArgumentException("Block numbers start at 0, not " + number);
        }
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(transactionsRoot, "transactionsRoot");
        Objects.requireNonNull(previousResultsHash, "previousResultsHash");
        timestamp = Instant.ofEpochMilli(Objects.requireNonNull(timestamp, "timestamp").toEpochMilli());
        Objects.requireNonNull(signature, "signature");
        if (signature.length > 0xFFFF) {
            throw new IllegalArgumentException("A block signature of " + signature.length + " bytes is too long");
        }
    }

    /** An unsigned header: the orderer signs its {@link #signedBytes()} and calls {@link #withSignature}. */
    public static BlockHeader unsigned(long number, Hash previousHash, Hash transactionsRoot, Hash previousResultsHash,
            Instant timestamp) {
        return new BlockHeader(number, previousHash, transactionsRoot, previousResultsHash, timestamp, new byte[0]);
    }

    public BlockHeader withSignature(byte[] signature) {
        return new BlockHeader(number, previousHash, transactionsRoot, previousResultsHash, timestamp, signature.clone());
    }

    /** Signs this header with {@code signer}. */
    public BlockHeader signedBy(BlockSigner signer) {
        return withSignature(signer.sign(signedBytes()));
    }

    /** The bytes the orderer signs: everything but the signature. */
    public byte[] signedBytes() {
        return write(false);
    }

    public byte[] encode() {
        return write(true);
    }

    /** The SHA-256 of {@link #encode()}: what the next block's header names as its previous hash. */
    public Hash hash() {
        return Hash.sha256(encode());
    }

    private byte[] write(boolean withSignature) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(150 + signature.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeTo(out, withSignature);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    void writeTo(DataOutputStream out, boolean withSignature) throws IOException {
        out.writeByte(FORMAT);
        out.writeLong(number);
        out.write(previousHash.bytes());
        out.write(transactionsRoot.bytes());
        out.write(previousResultsHash.bytes());
        out.writeLong(timestamp.toEpochMilli());
        if (withSignature) {
            out.writeShort(signature.length);
            out.write(signature);
        }
    }

    static BlockHeader readFrom(DataInputStream in) throws IOException {
        int format = in.readUnsignedByte();
        if (format != FORMAT) {
            throw new IOException("unknown block header format " + format);
        }
        long number = in.readLong();
        Hash previous = readHash(in);
        Hash root = readHash(in);
        Hash previousResults = readHash(in);
        Instant timestamp = Instant.ofEpochMilli(in.readLong());
        byte[] signature = new byte[in.readUnsignedShort()];
        in.readFully(signature);
        return new BlockHeader(number, previous, root, previousResults, timestamp, signature);
    }

    static Hash readHash(DataInputStream in) throws IOException {
        byte[] hash = new byte[Hash.LENGTH];
        in.readFully(hash);
        return Hash.of(hash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlockHeader that && number == that.number && previousHash.equals(that.previousHash)
                && transactionsRoot.equals(that.transactionsRoot) && previousResultsHash.equals(that.previousResultsHash)
                && timestamp.equals(that.timestamp) && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, previousHash, transactionsRoot, previousResultsHash, timestamp,
                Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "BlockHeader[" + number + ", previous " + previousHash + ", root " + transactionsRoot + ", at " + timestamp
                + "]";
    }
}
