package dev.charter.compiler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.compiler.archive.ArchiveWriter;
import dev.charter.compiler.archive.GeneratedNetwork;
import dev.charter.compiler.codegen.NetworkGenerator;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.compiler.model.Descriptor;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessSubject;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.query.QueryOptions;
import dev.charter.runtime.query.QueryPlan;
import dev.charter.runtime.query.QueryResult;
import dev.charter.runtime.registry.Registry;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.resource.Transaction;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.validation.Validator;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.contract.TransactionExecutor;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A network compiled from its directory and running on an in-memory state, in this JVM — what
 * Composer's embedded connector was for: scenario tests of a network's logic and rules. Each
 * submitted transaction gets the next id ({@code tx-1}, {@code tx-2}, …) and a timestamp one
 * second after the previous one, so tests are deterministic.
 */
public final class EmbeddedNetwork implements AutoCloseable {

    private final NetworkArchive archive;
    private final Path archiveFile;
    private final InMemoryStateStore store = new InMemoryStateStore();
    private final TransactionExecutor executor;
    private final List<Diagnostic> diagnostics;
    private final AccessController access;
    private Instant clock = Instant.parse("2026-01-01T00:00:00.000Z");
    private int transactions;
    private int setups;

    private EmbeddedNetwork(NetworkArchive archive, Path archiveFile, AccessController access,
            List<Diagnostic> diagnostics) {
        this.archive = archive;
        this.archiveFile = archiveFile;
        this.access = access;
        this.executor = archive.executor(store, access);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Compiles the network in {@code directory}; fails, listing the diagnostics, if it has errors. */
    public static EmbeddedNetwork compile(Path directory) {
        return compile(directory, AccessController.ALLOW_ALL);
    }

    public static EmbeddedNetwork compile(Path directory, AccessController access) {
        NetworkCompiler.Compilation compilation = new NetworkCompiler().compile(directory);
        NetworkGenerator.Output output = compilation.output().orElseThrow(() -> new IllegalArgumentException(
                "The network in " + directory + " has errors:\n" + compilation.check().diagnostics().stream()
                        .filter(Diagnostic::isError).map(Diagnostic::render).collect(Collectors.joining("\n"))));
        Descriptor descriptor = compilation.check().network().descriptor();
        GeneratedNetwork generated = GeneratedNetwork.of(descriptor.name(), descriptor.version(), descriptor.description(),
                output.javaSources(), output.metadata(), compilation.sourceFiles(), output.contractClass());
        try {
            Path file = Files.createTempFile(descriptor.name(), ".cna");
            new ArchiveWriter().write(generated, file);
            return new EmbeddedNetwork(NetworkArchive.open(file), file, access, compilation.check().diagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits a transaction in Composer's JSON as the network administrator. */
    public TransactionOutcome submitAsAdmin(String json) {
        return submit(json, Submitter.admin("admin"));
    }

    /** Submits a transaction in Composer's JSON as a participant, e.g. {@code org.example.loc.Customer#alice}. */
    public TransactionOutcome submitAs(String participant, String json) {
        Relationship<Participant> who = Relationship.parse(participant);
        return submit(json, Submitter.of(who, "identity-of-" + who.id()));
    }

    public TransactionOutcome submit(String json, Submitter submitter) {
        transactions++;
        clock = clock.plus(Duration.ofSeconds(1));
        return executor.execute(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "tx-" + transactions, clock,
                submitter);
    }

    /**
     * Adds an asset or participant given in Composer's JSON through its registry, as the network
     * administrator: validated, stored in the canonical wire format, with its index entries.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void add(String json) {
        WireFormat wire = archive.wireFormat();
        JsonNode tree = wire.readTree(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        new Validator(archive.model()).validate(tree);
        Resource resource = wire.fromJson(tree, Resource.class);
        StateTransaction state = new StateTransaction(store);
        new Registry(resource.getClass(), state, wire, new Validator(archive.model()), AccessController.ALLOW_ALL,
                subject(null), archive.queries().indexes()).add(resource);
        state.commit("setup-" + (++setups));
    }

    /**
     * Runs a named query outside any transaction, as a client of the network would: as a participant
     * ({@code org.acme.pii.Member#alice}), or as the network administrator when {@code participant} is null.
     */
    public QueryResult<Resource> query(String participant, String name, Map<String, ?> parameters,
            QueryOptions options) {
        return query(participant, archive.queries().catalog().query(name).orElseThrow(() ->
                new IllegalArgumentException("No query named " + name)), parameters, options);
    }

    /** Runs a query plan, such as an ad-hoc statement's ({@link dev.charter.runtime.query.adhoc.AdHocQuery}). */
    public QueryResult<Resource> query(String participant, QueryPlan plan, Map<String, ?> parameters,
            QueryOptions options) {
        StateTransaction state = new StateTransaction(store);
        try {
            return archive.queries().run(state, access, subject(participant), plan, parameters, options);
        } finally {
            state.discard();
        }
    }

    private AccessSubject subject(String participant) {
        Participant who = participant == null ? null : store.get(StateKeys.resource(
                Relationship.parse(participant).type(), Relationship.parse(participant).id()))
                .map(bytes -> archive.wireFormat().fromBytes(bytes, Participant.class))
                .orElseThrow(() -> new IllegalArgumentException("No participant " + participant));
        return new AccessSubject() {
            @Override
            public Participant participant() {
                return who;
            }

            @Override
            public Transaction transaction() {
                return null;
            }
        };
    }

    /** The stored JSON of an asset or participant, if it exists. */
    public Optional<JsonNode> resource(String qualifiedType, String id) {
        return read(StateKeys.resource(qualifiedType, id));
    }

    /** The historian record of a committed transaction, by its id ({@code tx-1}, …). */
    public Optional<JsonNode> historian(String transactionId) {
        return read(StateKeys.historian(transactionId));
    }

    /** Every stored instance of a type (concrete type only), in identifier order. */
    public List<JsonNode> all(String qualifiedType) {
        return store.scan(StateKeys.resourcePrefix(qualifiedType)).stream()
                .map(entry -> archive.wireFormat().readTree(entry.value())).toList();
    }

    /** The warnings compiling the network found (a network with errors does not compile). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public NetworkArchive archive() {
        return archive;
    }

    public InMemoryStateStore store() {
        return store;
    }

    private Optional<JsonNode> read(String key) {
        return store.get(key).map(bytes -> archive.wireFormat().readTree(bytes));
    }

    @Override
    public void close() {
        archive.close();
        try {
            Files.deleteIfExists(archiveFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
