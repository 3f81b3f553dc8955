package dev.charter.ledger.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.json.IsoTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The transactions a network refused before ordering (admission: signature, unknown or revoked identity,
 * replay, timestamp), which never reach a block: one JSON object per line in {@code refused.jsonl}
 * ({@code transactionId}, {@code identityId}, {@code timestamp}, {@code refusedAt}, {@code reason}),
 * forced to the disk before the submitter hears of the refusal. A torn last line (a crash while
 * appending) is ignored when the log is read.
 */
final class RefusalLog implements AutoCloseable {

    static final String FILE = "refused.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileChannel channel;
    private final Map<String, JsonNode> byId = new ConcurrentHashMap<>();

    private RefusalLog(FileChannel channel) {
        this.channel = channel;
    }

    static RefusalLog open(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        RefusalLog log = new RefusalLog(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND));
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            try {
                JsonNode record = JSON.readTree(line);
                if (record != null && record.hasNonNull("transactionId")) {
                    log.byId.put(record.get("transactionId").asText(), record);
                }
            } catch (IOException e) {
                // a line torn by a crash: its submitter never heard of the refusal
            }
        }
        return log;
    }

    /** Records the refusals of one batch, {@code (transaction, reason)} pairs, durably. */
    synchronized void record(List<Map.Entry<SignedTransaction, String>> refusals, Instant now) {
        if (refusals.isEmpty()) {
            return;
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (Map.Entry<SignedTransaction, String> refusal : refusals) {
            SignedTransaction transaction = refusal.getKey();
            ObjectNode record = JSON.createObjectNode()
                    .put("transactionId", transaction.transactionId())
                    .put("identityId", transaction.identityId())
                    .put("timestamp", IsoTime.format(transaction.timestamp()))
                    .put("refusedAt", IsoTime.format(now))
                    .put("reason", refusal.getValue());
            try {
                lines.write(JSON.writeValueAsBytes(record));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines.write('\n');
            byId.put(transaction.transactionId(), record);
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record refused transactions: " + e.getMessage(), e);
        }
    }

    /** The last refusal of a transaction id before ordering, if any. */
    Optional<JsonNode> find(String transactionId) {
        return Optional.ofNullable(byId.get(transactionId));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
