package dev.charter.ledger.tx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One transaction as its submitter signed it: the ledger's unit of ordering, storage and replay.
 *
 * <p>{@code payload} is the transaction's JSON in Composer's wire format, canonicalised (RFC 8785)
 * by whoever builds it; {@code identityId} is the SHA-256 (hex) of the submitter's public key;
 * {@code timestamp} has millisecond precision. The signature covers {@link #signedBytes()}.
 *
 * <p>Encoding (big-endian, {@link DataOutputStream}): format byte {@code 1}, transaction id and
 * identity id (modified UTF-8), timestamp (epoch milliseconds, long), payload (int length + bytes),
 * then — in {@link #encode()} only — the signature (int length + bytes). The same bytes on every
 * node: blocks hash and store exactly {@link #encode()}.
 */
public record SignedTransaction(String transactionId, String identityId, Instant timestamp, byte[] payload,
        byte[] signature) {

    private static final int FORMAT = 1;

    public SignedTransaction {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(identityId, "identityId");
        timestamp = Instant.ofEpochMilli(Objects.requireNonNull(timestamp, "timestamp").toEpochMilli());
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(signature, "signature");
    }

    /** The bytes the submitter signs: everything but the signature. */
    public byte[] signedBytes() {
        return write(false);
    }

    /** The whole envelope, as stored in blocks. */
    public byte[] encode() {
        return write(true);
    }

    /** @throws IllegalArgumentException when the bytes are not an encoded transaction */
    public static SignedTransaction decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("Unknown transaction encoding " + format);
            }
            String id = in.readUTF();
            String identity = in.readUTF();
            Instant time = Instant.ofEpochMilli(in.readLong());
            byte[] payload = readBytes(in);
            byte[] signature = readBytes(in);
            if (in.available() > 0) {
                throw new IllegalArgumentException("Trailing bytes after transaction " + id);
            }
            return new SignedTransaction(id, identity, time, payload, signature);
        } catch (IOException e) {
            throw new IllegalArgumentException("Truncated or malformed transaction encoding", e);
        }
    }

    private byte[] write(boolean withSignature) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + signature.length + 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(transactionId);
            out.writeUTF(identityId);
            out.writeLong(timestamp.toEpochMilli());
            out.writeInt(payload.length);
            out.write(payload);
            if (withSignature) {
                out.writeInt(signature.length);
                out.write(signature);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("length " + length + " exceeds the encoding");
        }
        return in.readNBytes(length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedTransaction that && transactionId.equals(that.transactionId)
                && identityId.equals(that.identityId) && timestamp.equals(that.timestamp)
                && Arrays.equals(payload, that.payload) && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transactionId, identityId, timestamp, Arrays.hashCode(payload), Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "SignedTransaction[" + transactionId + " by " + identityId + " at " + timestamp + ", "
                + payload.length + " payload bytes]";
    }
}
