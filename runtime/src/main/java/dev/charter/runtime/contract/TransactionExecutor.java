package dev.charter.runtime.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.NetworkException;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.json.IsoTime;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.query.QueryCatalog;
import dev.charter.runtime.query.QueryEngine;
import dev.charter.runtime.resource.Event;
import dev.charter.runtime.resource.HistorianRecord;
import dev.charter.runtime.resource.Identity;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Transaction;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateStoreException;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Executes one transaction at a time against a {@link StateStore}, all or nothing:
 * <ol>
 *   <li>the ledger's id and signed timestamp (truncated to the millisecond, DateTime's precision) are
 *       set on the transaction, overriding any the submitter wrote;</li>
 *   <li>the JSON is validated against the model and read into its generated class;</li>
 *   <li>the contract's handler runs in a {@link StateTransaction}, once the submitter's participant is
 *       found to exist and the access controller allows it to CREATE the transaction (as Composer's ACLs
 *       expect); Composer's registry system transactions ({@code AddAsset}, {@code RemoveParticipant}, …) are
 *       handled by the runtime itself, every other type by the network's contract;</li>
 *   <li>the transaction ({@code transaction/<id>}) and a {@link HistorianRecord} ({@code historian/<id>},
 *       which the participant must be allowed to CREATE) are written, and everything commits atomically
 *       under the transaction's id.</li>
 * </ol>
 * Any failure — invalid JSON, validation, a {@link LogicFailure}, a registry, access or relationship
 * error, or a bug in the logic — discards every write and event and is returned as
 * {@link TransactionOutcome.Failed} with its message. Only a {@link StateStoreException} is thrown:
 * the store failed, not the transaction.
 *
 * <p>Thread-safe, but the ledger must not execute two transactions at once against one store: each is
 * atomic, not isolated.
 */
public final class TransactionExecutor {

    private final WireFormat wire;
    private final Validator validator;
    private final AccessController access;
    private final Contract contract;
    private final StateStore store;
    private final QueryEngine queries;

    /** An executor with a validator for the wire format's model, allowing every operation. */
    public TransactionExecutor(WireFormat wire, Contract contract, StateStore store) {
        this(wire, new Validator(wire.model()), AccessController.ALLOW_ALL, contract, store);
    }

    public TransactionExecutor(WireFormat wire, Validator validator, AccessController access, Contract contract,
            StateStore store) {
        this(wire, validator, access, contract, store, new QueryEngine(wire, QueryCatalog.EMPTY));
    }

    /** An executor whose transactions keep the engine's indexes and can run its named queries. */
    public TransactionExecutor(WireFormat wire, Validator validator, AccessController access, Contract contract,
            StateStore store, QueryEngine queries) {
        this.queries = queries;
        this.wire = wire;
        this.validator = validator;
        this.access = access;
        this.contract = contract;
        this.store = store;
    }

    /** Executes a transaction submitted as JSON bytes. */
    public TransactionOutcome execute(byte[] json, String transactionId, Instant timestamp, Submitter submitter) {
        JsonNode tree;
        try {
            tree = wire.readTree(json);
        } catch (NetworkException e) {
            return new TransactionOutcome.Failed(transactionId, e.getMessage(), e);
        }
        return execute(tree, transactionId, timestamp, submitter);
    }

    /** Executes a transaction submitted as JSON; the tree is not modified. */
    public TransactionOutcome execute(JsonNode json, String transactionId, Instant timestamp, Submitter submitter) {
        Objects.requireNonNull(transactionId, "transactionId");
        Instant signed = timestamp.truncatedTo(ChronoUnit.MILLIS);
        Transaction transaction;
        try {
            JsonNode typeName = json.get("$class");
            TypeInfo declared = typeName == null ? null : wire.model().type(typeName.asText()).orElse(null);
            if (declared != null && declared.kind() != TypeInfo.Kind.TRANSACTION) {
                throw new NetworkException(declared.qualifiedName() + " is not a transaction");
            }
            JsonNode stamped = json;
            if (json instanceof ObjectNode submitted) {
                ObjectNode copy = submitted.objectNode();
                copy.setAll(submitted);
                copy.put("transactionId", transactionId);
                copy.put("timestamp", IsoTime.format(signed));
                stamped = copy;
            }
            validator.validate(stamped);
            transaction = wire.fromJson(stamped, Transaction.class);
        } catch (RuntimeException e) {
            return failed(transactionId, e);
        }
        return run(transaction, null, submitter);
    }

    /** Executes a transaction object, setting its id and timestamp. */
    public TransactionOutcome execute(Transaction transaction, String transactionId, Instant timestamp,
            Submitter submitter) {
        Objects.requireNonNull(transactionId, "transactionId");
        transaction.setTransactionId(transactionId);
        transaction.setTimestamp(timestamp.truncatedTo(ChronoUnit.MILLIS));
        byte[] json;
        try {
            json = wire.toBytes(transaction);
            validator.validate(wire.readTree(json));
        } catch (RuntimeException e) {
            return failed(transactionId, e);
        }
        return run(transaction, json, submitter);
    }

    /** @param json the transaction's canonical bytes, or null to write them here */
    private TransactionOutcome run(Transaction transaction, byte[] json, Submitter submitter) {
        String id = transaction.getTransactionId();
        StateTransaction state = new StateTransaction(store);
        List<Event> events;
        Object value;
        try {
            Contract handler = SystemContract.INSTANCE.handles(transaction.$class()) ? SystemContract.INSTANCE : contract;
            if (!handler.handles(transaction.$class())) {
                throw new NetworkException("Could not find any functions to execute for transaction " + transaction);
            }
            String transactionKey = StateKeys.transaction(id);
            if (state.exists(transactionKey)) {
                throw new NetworkException("Transaction " + id + " has already been executed");
            }
            // Written before the logic runs, so the record is the transaction as submitted.
            state.put(transactionKey, json != null ? json : wire.toBytes(transaction));
            TransactionContext context = new TransactionContext(wire, validator, access, state, transaction, submitter,
                    queries);
            // As in Composer, the submitter's participant must exist, whatever the logic does.
            context.participant();
            access.checkCreate(context, transaction);
            value = handler.execute(context, transaction);
            events = context.events();
            HistorianRecord record = historianRecord(transaction, submitter, events);
            access.checkCreate(context, record);
            state.put(StateKeys.historian(id), wire.toBytes(record));
        } catch (StateStoreException e) {
            state.discard();
            throw e;
        } catch (RuntimeException e) {
            state.discard();
            return failed(id, e);
        }
        state.commit(id);
        return new TransactionOutcome.Committed(id, events, value);
    }

    private static HistorianRecord historianRecord(Transaction transaction, Submitter submitter, List<Event> events) {
        HistorianRecord record = new HistorianRecord();
        record.setTransactionId(transaction.getTransactionId());
        record.setTransactionType(transaction.$class());
        record.setTransactionInvoked(Relationship.of(transaction.$class(), transaction.getTransactionId()));
        if (!submitter.isAdmin()) {
            record.setParticipantInvoking(Relationship.of(submitter.participant().type(), submitter.participant().id()));
        }
        if (submitter.identityId() != null) {
            record.setIdentityUsed(Relationship.of(Identity.TYPE, submitter.identityId()));
        }
        record.setEventsEmitted(events);
        record.setTransactionTimestamp(transaction.getTimestamp());
        return record;
    }

    /** Messages meant for users travel as they are; anything else (a bug in the logic) names its exception. */
    private static TransactionOutcome failed(String transactionId, RuntimeException e) {
        String message = e instanceof NetworkException && e.getMessage() != null ? e.getMessage() : e.toString();
        return new TransactionOutcome.Failed(transactionId, message, e);
    }
}
