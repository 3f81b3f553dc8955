package dev.charter.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.ledger.card.Card;
import dev.charter.runtime.model.ModelInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the REST API asks of the network it serves: submit transactions, read resources,
 * transactions and history, run queries, administer identities, follow committed events. Data travels in
 * Composer's JSON. The implementation is {@link LedgerGateway}, a client of a ledger node.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Implementations are thread-safe: the web server calls them from many threads.</li>
 *   <li>Every operation acts as its {@link Caller}, signed with the caller's card: reads leave out (lists) or
 *       refuse (single items, {@link Failure#FORBIDDEN}) what the access rules do not let the caller read.</li>
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

    /**
     * Who {@code card} acts as: the participant its identity is bound to, or the network administrator.
     *
     * @throws GatewayException {@link Failure#UNAUTHENTICATED} when the network does not know the identity or
     *     revoked it; {@link Failure#FORBIDDEN} when its participant does not exist
     */
    Caller caller(Card card);

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

    /** The number of the last committed block. */
    long height();

    /**
     * Block {@code number} as the node holds it: header hashes, and each transaction with its payload and outcome.
     * Only the network administrator may read blocks: they hold every transaction, whatever the access rules.
     */
    JsonNode block(Caller caller, long number);

    /**
     * Delivers every event committed in block {@code fromBlock} or later to {@code listener}, in commit order,
     * each once: first those already committed, then each new one, for as long as the node accepts the caller's
     * identity (any member of the network may follow the events; delivery ends when the identity is revoked).
     * Delivery runs on a thread of the gateway's; a listener that throws is unsubscribed.
     */
    Subscription subscribe(Caller caller, long fromBlock, Consumer<CommittedEvent> listener);

    /** Runs a named query of {@code queries.qry}; parameter values are text, converted to the declared types. */
    Page query(Caller caller, String name, Map<String, String> parameters, PageRequest page);

    /** Assets or participants of a concrete type that meet {@code condition} (an ad-hoc query's WHERE clause). */
    Page where(Caller caller, String type, String condition, Map<String, String> parameters, PageRequest page);

    /** The network's identities ({@code org.hyperledger.composer.system.Identity}) the caller may read. */
    Page identities(Caller caller, PageRequest page);

    /**
     * Issues a new identity named {@code name} for {@code participant} ({@code resource:ns.Type#id}): its key pair,
     * a certificate from the network's CA, bound by a {@code BindIdentity} the caller (the administrator) signs.
     *
     * @return the identity's card, private key included
     */
    Card issueIdentity(Caller caller, String participant, String name);

    /** Binds an existing certificate (PEM) to {@code participant}; the caller must be the administrator. */
    void bindIdentity(Caller caller, String participant, String certificate);

    /** Revokes the identity {@code identityId} for good; the caller must be the administrator. */
    void revokeIdentity(Caller caller, String identityId);

    @Override
    void close();
}
