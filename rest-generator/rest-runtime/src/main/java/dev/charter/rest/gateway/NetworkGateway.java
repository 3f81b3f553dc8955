package dev.charter.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.model.ModelInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the REST API asks of the network it serves: submit transactions, read resources,
 * transactions and history, follow committed blocks. Data travels in Composer's JSON, so that a client
 * of a remote ledger node can implement this interface as well as the {@link EmbeddedGateway} does.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Implementations are thread-safe: the web server calls them from many threads.</li>
 *   <li>Every operation acts as its {@link Caller}: reads leave out (lists) or refuse (single items,
 *       {@link Failure#FORBIDDEN}) what the access rules do not let the caller read.</li>
 *   <li>Failures are {@link GatewayException}s whose message is written for the network's users.</li>
 *   <li>Creating, updating and removing resources are Composer's registry system transactions
 *       ({@code AddAsset}, {@code UpdateParticipant}, …): signed, ordered, access-checked and in the historian.</li>
 *   <li>Blocks reach subscribers in commit order, each once.</li>
 * </ul>
 */
public interface NetworkGateway extends AutoCloseable {

    /** The network's name, e.g. {@code letter-of-credit}. */
    String networkName();

    String networkVersion();

    /** The network's types, merged with Composer's system model. */
    ModelInfo model();

    /** Submits a transaction in Composer's JSON; its {@code $class} names a concrete transaction type. */
    Submission submit(Caller caller, JsonNode transaction);

    /** Adds an asset or participant of a concrete type ({@code AddAsset} / {@code AddParticipant}). */
    Submission create(Caller caller, String type, JsonNode resource);

    /** Replaces an asset or participant ({@code UpdateAsset} / {@code UpdateParticipant}). */
    Submission update(Caller caller, String type, JsonNode resource);

    /** Removes an asset or participant by its id ({@code RemoveAsset} / {@code RemoveParticipant}). */
    Submission remove(Caller caller, String type, String id);

    /** An asset or participant of a concrete type, if it exists. */
    Optional<JsonNode> resource(Caller caller, String type, String id);

    /** Whether an asset or participant exists (asks the access rules nothing, as Composer's {@code exists}). */
    boolean exists(Caller caller, String type, String id);

    /** Assets or participants of a concrete type, one page. */
    Page resources(Caller caller, String type, PageRequest page);

    /** A committed transaction of a concrete type, as submitted (with the ledger's id and timestamp). */
    Optional<JsonNode> transaction(Caller caller, String type, String id);

    /** Committed transactions of a concrete type, one page. */
    Page transactions(Caller caller, String type, PageRequest page);

    /** Every version of an asset or participant, oldest first; empty when it never existed. */
    List<ResourceVersion> history(Caller caller, String type, String id);

    /** The historian record of a committed transaction. */
    Optional<JsonNode> historianRecord(Caller caller, String transactionId);

    /** Historian records, one page, in transaction id order (or ordered by a field). */
    Page historian(Caller caller, PageRequest page);

    /** The number of the last committed block; 0 before the first. */
    long height();

    /**
     * Delivers every committed block numbered {@code fromBlock} or later to {@code listener}, in commit order,
     * each once: first those already committed, then each new one. Delivery runs on a thread of the gateway's;
     * a listener that throws is unsubscribed.
     */
    Subscription subscribe(long fromBlock, Consumer<Block> listener);

    /**
     * Runs a named query of {@code queries.qry} with its parameters.
     *
     * @throws GatewayException {@link Failure#UNSUPPORTED} where the gateway has no query engine
     */
    List<JsonNode> query(Caller caller, String name, Map<String, String> parameters);

    @Override
    void close();
}
