package dev.charter.ledger.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.ledger.block.Outcome;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.archive.SemanticVersion;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.model.ModelCompatibility;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.query.IndexDefinition;
import dev.charter.runtime.query.Indexes;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The system transaction {@code UpgradeBusinessNetwork} {@code {contentHash, version}}: the network
 * administrator replaces the archive the network runs with a newer version of it, which the chain's
 * directory already holds ({@link ChainArchives#store}). It is executed in its block like any transaction,
 * and refused — recorded with the reason, nothing written — unless the submitter is the administrator, the
 * archive is of the same network and not the one in force, and its model is compatible with the one in
 * force ({@link ModelCompatibility}: every incompatibility is listed). When it commits it writes, under its
 * transaction id: {@value ChainArchives#STATE_KEY} naming the new archive (in force from the next block),
 * the entries of every index the new archive defines and the old did not, built from the resources in the
 * state, and the removal of the entries of every index the new archive no longer defines.
 */
public final class NetworkUpgrade implements SystemTransactions {

    /** The transaction's {@code $class}. */
    public static final String TYPE = ModelInfo.SYSTEM_NAMESPACE + ".UpgradeBusinessNetwork";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PREFIX = ("{\"$class\":\"" + TYPE + "\"").getBytes(StandardCharsets.UTF_8);

    private final ChainArchives archives;

    public NetworkUpgrade(ChainArchives archives) {
        this.archives = archives;
    }

    /**
     * The content hash an upgrade transaction names, or empty when {@code transaction} is no upgrade (its
     * canonical payload starts with its {@code $class}, which RFC 8785 key order puts first).
     */
    public static Optional<String> target(SignedTransaction transaction) {
        byte[] payload = transaction.payload();
        if (payload.length <= PREFIX.length || !Arrays.equals(payload, 0, PREFIX.length, PREFIX, 0, PREFIX.length)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(payload).path("contentHash").asText(""));
        } catch (IOException e) {
            return Optional.of("");
        }
    }

    /** The payload of an upgrade to {@code archive}. */
    public static byte[] payload(NetworkArchive archive) {
        return JSON.createObjectNode().put("$class", TYPE).put("contentHash", archive.contentHash())
                .put("version", archive.version()).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The upgrade to {@code archive}, signed with {@code admin} (the network administrator's card) at {@code at}. */
    public static SignedTransaction signed(Card admin, NetworkArchive archive, Instant at) {
        return TransactionSigner.of(admin).sign(payload(archive), at);
    }

    @Override
    public boolean handles(SignedTransaction transaction) {
        return target(transaction).isPresent();
    }

    /**
     * @throws LedgerException when the chain's directory lacks the archive: a node orders no upgrade whose
     *     archive it has not stored, so this is damage, not a refusal (which would differ between nodes)
     */
    @Override
    public Outcome execute(SignedTransaction transaction, Submitter submitter, StateStore state) {
        NetworkArchive current = archives.inForce(state);
        if (!submitter.isAdmin()) {
            return Outcome.refused("Only the network administrator may upgrade network " + current.name());
        }
        JsonNode json;
        try {
            json = JSON.readTree(transaction.payload());
        } catch (IOException e) {
            return Outcome.refused(TYPE + " is not JSON: " + e.getMessage());
        }
        String hash = json.path("contentHash").asText("");
        if (!hash.equals(current.contentHash()) && !archives.holds(hash)) {
            throw new LedgerException("The upgrade " + transaction.transactionId() + " names the network archive '" + hash
                    + "', which this chain's directory does not hold");
        }
        NetworkArchive next = archives.get(hash);
        Optional<Refusal> refusal = refusal(current, next);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get().message());
        }
        if (!json.path("version").asText("").equals(next.version())) {
            return Outcome.refused("The upgrade names version '" + json.path("version").asText("") + "', but the archive "
                    + hash + " is version " + next.version());
        }
        StateTransaction changes = new StateTransaction(state);
        changes.put(ChainArchives.STATE_KEY, ChainArchives.record(next));
        reindex(current, next, changes);
        changes.commit(transaction.transactionId());
        return Outcome.ok();
    }

    /**
     * Why an archive cannot replace the one in force: the message, and the model's incompatibilities when they
     * are the reason (empty otherwise).
     */
    public record Refusal(String message, List<ModelCompatibility.Incompatibility> incompatibilities) {

        public Refusal {
            incompatibilities = List.copyOf(incompatibilities);
        }
    }

    /**
     * Why {@code next} cannot replace {@code current}, or empty when it can: it is another network, the same
     * archive, an older version ({@link SemanticVersion}: the same version with other content is accepted, as
     * {@code charter serve} upgrades a network whose files changed), or its model is incompatible — then every
     * incompatibility, one per line of the message after the first.
     */
    public static Optional<Refusal> refusal(NetworkArchive current, NetworkArchive next) {
        if (!next.name().equals(current.name())) {
            return refused("Network " + current.name() + " cannot be upgraded to " + next + ": that is another network");
        }
        if (next.contentHash().equals(current.contentHash())) {
            return refused("Network " + current.name() + " already runs " + current);
        }
        String upgrade = "Network " + current.name() + " cannot be upgraded from " + current.version() + " to "
                + next.version();
        Optional<SemanticVersion> from = SemanticVersion.parse(current.version());
        Optional<SemanticVersion> to = SemanticVersion.parse(next.version());
        if (from.isPresent() && to.isPresent() && to.get().compareTo(from.get()) < 0) {
            return refused(upgrade + ": that is an older version");
        }
        List<ModelCompatibility.Incompatibility> incompatible = ModelCompatibility.check(current.model(), next.model());
        if (incompatible.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(upgrade + ": its model changes incompatibly (" + incompatible.size() + "):"
                + incompatible.stream().map(i -> "\n  " + i).collect(Collectors.joining()), incompatible));
    }

    private static Optional<Refusal> refused(String message) {
        return Optional.of(new Refusal(message, List.of()));
    }

    /** Builds the indexes only {@code next} defines from the state's resources; drops those only {@code current} has. */
    private static void reindex(NetworkArchive current, NetworkArchive next, StateTransaction changes) {
        List<IndexDefinition> before = current.queries().catalog().indexes();
        List<IndexDefinition> after = next.queries().catalog().indexes();
        for (IndexDefinition dropped : before) {
            if (!after.contains(dropped)) {
                for (StateEntry entry : changes.scan(dropped.keyPrefix())) {
                    changes.delete(entry.key());
                }
            }
        }
        for (IndexDefinition added : after) {
            if (before.contains(added)) {
                continue;
            }
            Indexes index = Indexes.of(next.model(), List.of(added));
            String prefix = StateKeys.resourcePrefix(added.type());
            for (StateEntry resource : changes.scan(prefix)) {
                index.update(changes, added.type(), resource.key().substring(prefix.length()), null,
                        next.wireFormat().readTree(resource.value()));
            }
        }
    }
}
