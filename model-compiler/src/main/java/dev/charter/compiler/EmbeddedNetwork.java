package dev.charter.compiler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.contract.TransactionExecutor;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.query.QueryOptions;
import dev.charter.runtime.query.QueryPlan;
import dev.charter.runtime.query.QueryResult;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.resource.Transaction;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A network compiled from its directory and running on an in-memory state, in this JVM — what
 * Composer's embedded connector was for: scenario tests of a network's logic and rules. Each
 * submitted transaction gets the next id ({@code tx-1}, {@code tx-2}, …) and a timestamp one
 * second after the previous one, so tests are deterministic. A network is compiled once per JVM for
 * the same files (tests open many instances of one network); each instance has its own empty state.
 */
public final class EmbeddedNetwork implements AutoCloseable {

    /** Archives compiled in this JVM, by the content of the network's files. */
    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

    private record Compiled(Path archiveFile, List<Diagnostic> diagnostics) {
    }

    private final NetworkArchive archive;
    private final InMemoryStateStore store = new InMemoryStateStore();
    private final TransactionExecutor executor;
    /** Built once: it compiles the model's regexes and tables. */
    private final Validator validator;
    private final AccessController access;
    private final List<Diagnostic> diagnostics;
    private Instant clock = Instant.parse("2026-01-01T00:00:00.000Z");
    private int transactions;
    private int setups;

    private EmbeddedNetwork(NetworkArchive archive, AccessController access, List<Diagnostic> diagnostics) {
        this.archive = archive;
        this.access = access == null ? archive.accessController() : access;
        this.executor = archive.executor(store, this.access);
        this.validator = new Validator(archive.model());
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Compiles the network in {@code directory}, enforcing its own access rules (none without
     * {@code permissions.acl}); fails, listing the diagnostics, if it has errors.
     */
    public static EmbeddedNetwork compile(Path directory) {
        return compile(directory, null);
    }

    /** Compiles the network in {@code directory}, asking {@code access} instead of its own rules (null: its own). */
    public static EmbeddedNetwork compile(Path directory, AccessController access) {
        Compiled compiled = COMPILED.computeIfAbsent(fingerprint(directory), key -> build(directory));
        try {
            return new EmbeddedNetwork(NetworkArchive.open(compiled.archiveFile()), access, compiled.diagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Compiled build(Path directory) {
        NetworkCompiler.Compilation compilation = new NetworkCompiler().compile(directory);
        if (compilation.output().isEmpty()) {
            throw new IllegalArgumentException("The network in " + directory + " has errors:\n"
                    + compilation.check().diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::render)
                            .collect(Collectors.joining("\n")));
        }
        try {
            Path file = Files.createTempFile(compilation.check().network().descriptor().name(), ".cna");
            file.toFile().deleteOnExit();
            compilation.writeArchive(file);
            return new Compiled(file, compilation.check().diagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A digest of the directory's network files (descriptor, models, logic, rules, queries) and where it is. */
    private static String fingerprint(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(root.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Path file : files.filter(f -> isNetworkFile(root.relativize(f))).sorted().toList()) {
                digest.update(root.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the loader reads (see NetworkLoader), not a build's output or a module's sources beside it. */
    private static boolean isNetworkFile(Path relative) {
        if (relative.getNameCount() == 0 || relative.startsWith("target") || relative.startsWith("src")) {
            return false;
        }
        String name = relative.getFileName().toString();
        return name.endsWith(".cto") || name.endsWith(".logic") || name.endsWith(".acl") || name.endsWith(".qry")
                || name.equals("charter.json") || name.equals("package.json");
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
     * administrator and without asking the access rules: validated, stored in the canonical wire format,
     * with its index entries.
     */
    public void add(String json) {
        WireFormat wire = archive.wireFormat();
        JsonNode tree = wire.readTree(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        validator.validate(tree);
        StateTransaction state = new StateTransaction(store);
        new TransactionContext(wire, validator, AccessController.ALLOW_ALL, state, null, Submitter.admin("admin"),
                archive.queries()).add(wire.fromJson(tree, Resource.class));
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
        return context(participant, null).query(plan, parameters, options);
    }

    /**
     * A transaction context for acting as {@code participant} ({@code null}: the network administrator)
     * inside {@code transaction} ({@code null}: outside any), as the network's executor would create one:
     * its registries and queries ask the same access controller, and the rules' conditions can follow
     * relationships. What it writes is never committed — it shows what a participant may read and write,
     * e.g. {@code context(p, null).registry(type).getAll()}.
     */
    public TransactionContext context(String participant, Transaction transaction) {
        Submitter submitter = participant == null ? Submitter.admin("admin")
                : Submitter.of(Relationship.parse(participant), null);
        return new TransactionContext(archive.wireFormat(), validator, access, new StateTransaction(store), transaction,
                submitter, archive.queries());
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
    }
}
