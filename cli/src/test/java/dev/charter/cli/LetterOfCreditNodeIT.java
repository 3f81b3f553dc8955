package dev.charter.cli;

import static dev.charter.cli.NodeProcess.charter;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The letter-of-credit network on a real node process, driven by {@code bin/charter} as its users would:
 * deployed, its cast created and each participant given an identity of their own, then the letter's
 * whole life, and the transactions the ledger refuses — each recorded with its reason.
 */
class LetterOfCreditNodeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOC = "org.example.loc.";
    private static final String LETTER = "resource:org.example.loc.LetterOfCredit#LETTER-1";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path archive;
    private NodeProcess node;
    private Path data;

    /** Queries the nodes run for participants ({@code query run}); the example itself has none. */
    private static final String QUERIES = """
            query EmployeesOfBank {
                description: "The employees of a bank"
                statement: SELECT org.example.loc.BankEmployee WHERE (bank == _$bank)
            }
            """;

    @BeforeAll
    static void compile() throws Exception {
        Path network = shared.resolve("letter-of-credit");
        Path example = NodeProcess.ROOT.resolve("examples/letter-of-credit");
        for (String file : List.of("charter.json", "models/loc.cto", "logic/loc.logic", "permissions.acl")) {
            Files.createDirectories(network.resolve(file).getParent());
            Files.copy(example.resolve(file), network.resolve(file));
        }
        Files.writeString(network.resolve("queries.qry"), QUERIES);
        archive = shared.resolve("loc.cna");
        NodeProcess.Run run = charter("compile", network.toString(), "-o", archive.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
    }

    @BeforeEach
    void deployWithTheCastAndTheirCards() throws Exception {
        data = dir.resolve("data");
        node = NodeProcess.start(data);
        NodeProcess.Run deploy = charter("network", "deploy", archive.toString(), "--card", card("admin").toString(),
                "--node", node.url());
        assertThat(deploy.exit()).as(deploy.err()).isZero();
        assertThat(deploy.out()).startsWith("Deployed letter-of-credit 0.1.0 (sha256:");
        ok(submit("admin", "{\"$class\": \"org.example.loc.CreateDemoParticipants\"}"));
        for (String person : List.of("Customer#alice", "Customer#bob", "BankEmployee#matias", "BankEmployee#ella")) {
            String name = person.substring(person.indexOf('#') + 1);
            NodeProcess.Run issued = charter("identity", "issue", "--card", card("admin").toString(),
                    "--participant", LOC + person, "--out", card(name).toString());
            assertThat(issued.exit()).as(issued.err()).isZero();
            assertThat(issued.out()).startsWith("Issued identity " + name + " (");
        }
    }

    @AfterEach
    void stopNode() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    private Path card(String name) {
        return dir.resolve(name + ".card");
    }

    private NodeProcess.Run submit(String who, String json) throws Exception {
        return charter("submit", "--card", card(who).toString(), "--node", node.url(), json);
    }

    private static void ok(NodeProcess.Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("committed in block \\d+");
    }

    private static String approve(String person) {
        return "{\"$class\": \"org.example.loc.Approve\", \"loc\": \"" + LETTER + "\", \"approvingParty\": \""
                + "resource:" + LOC + person + "\"}";
    }

    private static String step(String type, String extra) {
        return "{\"$class\": \"" + LOC + type + "\", \"loc\": \"" + LETTER + "\"" + extra + "}";
    }

    private static final String APPLY = """
            { "$class": "org.example.loc.InitialApplication", "transactionId": "apply-1", "letterId": "LETTER-1",
              "applicant": "resource:org.example.loc.Customer#alice",
              "beneficiary": "resource:org.example.loc.Customer#bob",
              "rules": [ { "$class": "org.example.loc.Rule", "ruleId": "R1",
                           "ruleText": "The computers will be received in working order" } ],
              "productDetails": { "$class": "org.example.loc.ProductDetails", "productType": "Computers",
                                  "quantity": 100, "pricePerUnit": 450 } }
            """;

    private JsonNode letter() throws Exception {
        NodeProcess.Run run = charter("query", "--card", card("alice").toString(), "--node", node.url(), "resource",
                LOC + "LetterOfCredit", "LETTER-1");
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void theLetterGoesFromApplicationToClosedEachStepSignedByItsParticipantAndSurvivesARestart() throws Exception {
        ok(submit("alice", APPLY));
        ok(submit("bob", approve("Customer#bob")));
        ok(submit("matias", approve("BankEmployee#matias")));
        ok(submit("ella", approve("BankEmployee#ella")));
        assertThat(letter().get("status").asText()).isEqualTo("APPROVED");
        ok(submit("bob", step("ShipProduct", ", \"evidence\": \"337478411cbd4db2a1b2c3\"")));
        ok(submit("alice", step("ReceiveProduct", "")));
        ok(submit("matias", step("ReadyForPayment", "")));
        ok(submit("ella", step("Close", ", \"closeReason\": \"Letter has been completed.\"")));

        JsonNode closed = letter();
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("closeReason").asText()).isEqualTo("Letter has been completed.");
        assertThat(closed.get("approval")).hasSize(4);

        NodeProcess.Run events = charter("query", "--card", card("ella").toString(), "events", "--limit", "8");
        assertThat(events.exit()).as(events.err()).isZero();
        List<String> types = new ArrayList<>();
        for (String line : events.out().lines().toList()) {
            types.add(JSON.readTree(line).get("event").get("$class").asText().substring(LOC.length()));
        }
        assertThat(types).containsExactly("InitialApplicationEvent", "ApproveEvent", "ApproveEvent", "ApproveEvent",
                "ShipProductEvent", "ReceiveProductEvent", "ReadyForPaymentEvent", "CloseEvent");

        NodeProcess.Run history = charter("query", "--card", card("bob").toString(), "history", LOC + "LetterOfCredit",
                "LETTER-1");
        assertThat(JSON.readTree(history.out()).get(0).get("transactionId").asText()).isEqualTo("apply-1");
        assertThat(JSON.readTree(history.out())).hasSize(8);

        node.close();
        NodeProcess.Run verify = charter("ledger", "verify", "--data", data.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).startsWith("letter-of-credit: ").contains(" blocks hold");
        node = NodeProcess.start(data);
        assertThat(letter().get("status").asText()).isEqualTo("CLOSED");
    }

    /**
     * The example network, copied to {@code directory} with {@code change} applied to each of its files (path in
     * the network folder → text).
     */
    private static Path copyOfTheExample(Path directory, BiFunction<String, String, String> change) throws Exception {
        Path example = NodeProcess.ROOT.resolve("examples/letter-of-credit");
        for (String file : List.of("charter.json", "permissions.acl", "models/loc.cto", "logic/loc.logic")) {
            Path target = directory.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, change.apply(file, Files.readString(example.resolve(file))));
        }
        return directory;
    }

    private static String replace(String text, String what, String with) {
        assertThat(text).contains(what);
        return text.replace(what, with);
    }

    @Test
    void anUpgradeToACompatibleVersionRunsItsNewFieldAndLogicAfterItsBlockAndAnIncompatibleOneIsRefused()
            throws Exception {
        ok(submit("alice", APPLY));
        NodeProcess.Run twice = submit("alice", approve("Customer#alice"));
        assertThat(twice.err()).contains("This person has already approved this letter of credit");

        // 0.2.0: letters get an optional reference, given at application; a refusal is worded differently
        Path v2 = copyOfTheExample(dir.resolve("loc-0.2.0"), (file, text) -> switch (file) {
            case "charter.json" -> replace(text, "\"0.1.0\"", "\"0.2.0\"");
            case "models/loc.cto" -> replace(replace(text, "  o String closeReason optional\n}",
                    "  o String closeReason optional\n  o String reference optional\n}"),
                    "transaction InitialApplication {\n", "transaction InitialApplication {\n  o String reference optional\n");
            case "logic/loc.logic" -> replace(replace(text, "        status: AWAITING_APPROVAL\n",
                    "        status: AWAITING_APPROVAL,\n        reference: app.reference\n"),
                    "\"This person has already approved this letter of credit\"",
                    "\"This person approved this letter of credit before\"");
            default -> text;
        });
        NodeProcess.Run upgrade = charter("network", "upgrade", v2.toString(), "--card", card("admin").toString());
        assertThat(upgrade.exit()).as(upgrade.out() + upgrade.err()).isZero();
        assertThat(upgrade.out()).containsPattern("Upgraded letter-of-credit from 0.1.0 to 0.2.0 \\(sha256:[0-9a-f]{64}\\)"
                + " in block \\d+; 0.2.0 runs from block \\d+");

        NodeProcess.Run again = submit("alice", approve("Customer#alice"));
        assertThat(again.err()).contains("This person approved this letter of credit before");
        ok(submit("alice", APPLY.replace("apply-1", "apply-2").replace("\"LETTER-1\"", "\"LETTER-2\", \"reference\": \"REF-7\"")));
        NodeProcess.Run second = charter("query", "--card", card("alice").toString(), "resource", LOC + "LetterOfCredit",
                "LETTER-2");
        assertThat(JSON.readTree(second.out()).get("reference").asText()).isEqualTo("REF-7");

        // 0.3.0, from 0.1.0's files: two retyped fields, and 0.2.0's reference is gone
        Path v3 = copyOfTheExample(dir.resolve("loc-0.3.0"), (file, text) -> switch (file) {
            case "charter.json" -> replace(text, "\"0.1.0\"", "\"0.3.0\"");
            case "models/loc.cto" -> replace(replace(text, "  o String productType\n", "  o String[] productType\n"),
                    "  o Integer quantity range=[1,]\n", "  o Long quantity range=[1,]\n");
            default -> text;
        });
        Path v3Archive = dir.resolve("loc-0.3.0.cna");
        NodeProcess.Run compiled = charter("compile", v3.toString(), "-o", v3Archive.toString());
        assertThat(compiled.exit()).as(compiled.out() + compiled.err()).isZero();
        NodeProcess.Run refused = charter("network", "upgrade", v3Archive.toString(), "--card", card("admin").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("Network letter-of-credit cannot be upgraded from 0.2.0 to 0.3.0: its model"
                + " changes incompatibly (4):",
                "\n  org.example.loc.LetterOfCredit.reference: the field was removed",
                "\n  org.example.loc.InitialApplication.reference: the field was removed",
                "\n  org.example.loc.ProductDetails.productType: was String, is String[]",
                "\n  org.example.loc.ProductDetails.quantity: was Integer, is Long");
        assertThat(node.client().network("letter-of-credit").get("version").asText()).isEqualTo("0.2.0");

        node.close();
        NodeProcess.Run verify = charter("ledger", "verify", "--data", data.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).startsWith("letter-of-credit: ").contains(" blocks hold");
        node = NodeProcess.start(data);
        assertThat(submit("alice", approve("Customer#alice")).err())
                .contains("This person approved this letter of credit before");
        ok(submit("bob", approve("Customer#bob")));
    }

    @Test
    void refusedTransactionsAreRecordedWithTheirReasons() throws Exception {
        ok(submit("alice", APPLY));
        LedgerClient client = node.client();

        // replayed id: the same transaction id again
        NodeProcess.Run replay = submit("alice", APPLY);
        assertThat(replay.exit()).isEqualTo(1);
        assertThat(replay.err()).contains("apply-1 refused", "has already been submitted (replay)");

        // bad signature: Bob's transaction with one bit of its signature flipped
        SignedTransaction signed = TransactionSigner.of(Card.read(card("bob"))).sign(
                approve("Customer#bob").getBytes(java.nio.charset.StandardCharsets.UTF_8), Instant.now());
        byte[] signature = signed.signature();
        signature[signature.length / 2] ^= 1;
        SubmitResult forged = client.submit("letter-of-credit", new SignedTransaction(signed.transactionId(),
                signed.identityId(), signed.timestamp(), signed.payload(), signature), true);
        assertThat(forged.refused()).isTrue();
        assertThat(forged.reason()).contains("signature of transaction " + signed.transactionId() + " does not verify");

        // refused by the network's logic: Alice approves again
        NodeProcess.Run twice = submit("alice", approve("Customer#alice"));
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).containsPattern("refused in block \\d+: This person has already approved this letter"
                + " of credit");

        // refused by the access rules: only the beneficiary ships, and Alice is the applicant
        NodeProcess.Run ship = submit("alice", step("ShipProduct", ", \"evidence\": \"e1\""));
        assertThat(ship.exit()).isEqualTo(1);
        String denied = "Participant 'org.example.loc.Customer#alice' does not have 'CREATE' access to resource"
                + " 'org.example.loc.ShipProduct#";
        assertThat(ship.err()).containsPattern("refused in block \\d+: ").contains(denied);
        String shipId = ship.err().substring(ship.err().indexOf(": ") + 2, ship.err().indexOf(" refused"));
        JsonNode shipStatus = printed(query("alice", "transaction", shipId));
        JsonNode inBlock = printed(query("bob", "block", shipStatus.get("block").asText())).get("transactions")
                .get(shipStatus.get("index").asInt());
        assertThat(inBlock.get("status").asText()).isEqualTo("refused");
        assertThat(inBlock.get("reason").asText()).startsWith(denied + shipId + "'");

        // revoked identity
        NodeProcess.Run revoke = charter("identity", "revoke", "--card", card("admin").toString(), "bob");
        assertThat(revoke.exit()).as(revoke.err()).isZero();
        NodeProcess.Run revoked = submit("bob", approve("Customer#bob"));
        assertThat(revoked.exit()).isEqualTo(1);
        assertThat(revoked.err()).contains("refused before ordering: Identity 'bob' (").contains(") has been revoked");
        String revokedId = revoked.err().substring(revoked.err().indexOf(": ") + 2, revoked.err().indexOf(" refused"));

        // every refusal can be looked up afterwards, also after a restart
        node.close();
        node = NodeProcess.start(data);
        for (String[] expected : List.of(new String[] {signed.transactionId(), "does not verify"},
                new String[] {revokedId, "has been revoked"})) {
            NodeProcess.Run query = charter("query", "--card", card("admin").toString(), "--node", node.url(),
                    "transaction", expected[0]);
            assertThat(query.exit()).as(query.err()).isZero();
            JsonNode status = JSON.readTree(query.out());
            assertThat(status.get("status").asText()).isEqualTo("refused");
            assertThat(status.get("reason").asText()).contains(expected[1]);
        }
        // a refusal before ordering is not on the chain: another member hears of it no more than of any stranger's
        assertThat(refusal(charter("query", "--card", card("alice").toString(), "--node", node.url(), "transaction",
                revokedId))).isEqualTo("charter query: Network letter-of-credit has no transaction " + revokedId);
        JsonNode apply = printed(charter("query", "--card", card("alice").toString(), "--node", node.url(),
                "transaction", "apply-1"));
        assertThat(apply.get("status").asText()).isEqualTo("committed");
        assertThat(apply.get("payload").get("letterId").asText()).isEqualTo("LETTER-1");
    }

    private NodeProcess.Run query(String who, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("query", "--card", card(who).toString()));
        command.addAll(List.of(arguments));
        return charter(command.toArray(String[]::new));
    }

    private static JsonNode printed(NodeProcess.Run run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }

    /** Exit 1 (refused) or 2 (bad arguments) and one line on stderr, saying why: no stack trace. */
    private static String refusal(NodeProcess.Run run) {
        assertThat(run.exit()).as(run.out()).isBetween(1, 2);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception");
        return run.err().strip();
    }

    @Test
    void eachParticipantReadsOnlyWhatTheRulesLetThemReadAndARevokedIdentityReadsNothing() throws Exception {
        // submitted without waiting: Alice polls its status until its block is durable, and any member reads the block
        NodeProcess.Run accepted = charter("submit", "--card", card("alice").toString(), "--no-wait", APPLY);
        assertThat(accepted.out().strip()).as(accepted.err()).isEqualTo("apply-1 accepted");
        NodeProcess.Run polled = query("alice", "transaction", "apply-1");
        for (int tries = 1; polled.exit() != 0 && tries < 20; tries++) {
            assertThat(polled.err().strip()).isEqualTo("charter query: Network letter-of-credit has no transaction apply-1");
            Thread.sleep(100);
            polled = query("alice", "transaction", "apply-1");
        }
        JsonNode applied = printed(polled);
        assertThat(applied.get("status").asText()).isEqualTo("committed");
        assertThat(printed(query("ella", "block", applied.get("block").asText())).get("transactions")
                .get(applied.get("index").asInt()).get("transactionId").asText()).isEqualTo("apply-1");

        // a list leaves out what the reader may not read: Alice banks with Bank of Dinero, Ella works at Eastwood
        assertThat(ids(printed(query("alice", "resource", LOC + "BankEmployee")), "personId")).containsExactly("matias");
        assertThat(ids(printed(query("ella", "resource", LOC + "BankEmployee")), "personId")).containsExactly("ella");
        assertThat(refusal(query("alice", "resource", LOC + "BankEmployee", "ella"))).isEqualTo("charter query:"
                + " Participant 'org.example.loc.Customer#alice' does not have 'READ' access to resource"
                + " 'org.example.loc.BankEmployee#ella'");
        assertThat(printed(query("bob", "history", LOC + "LetterOfCredit", "LETTER-1")).get(0).get("timestamp").asText())
                .endsWith("Z");
        JsonNode first = printed(query("alice", "resource", LOC + "Customer", "--limit", "1", "--order-by", "name", "--desc"));
        assertThat(ids(first, "personId")).containsExactly("bob");
        JsonNode second = printed(query("alice", "resource", LOC + "Customer", "--limit", "1", "--order-by", "name", "--desc",
                "--cursor", first.get("nextCursor").asText()));
        assertThat(ids(second, "personId")).containsExactly("alice");
        assertThat(second.get("nextCursor").isNull()).isTrue();

        // a named query and an ad-hoc statement, with parameters, as the participant
        assertThat(ids(printed(query("alice", "run", "EmployeesOfBank", "bank=BOD")), "personId")).containsExactly("matias");
        assertThat(ids(printed(query("alice", "run", "EmployeesOfBank", "bank=EB")), "personId")).isEmpty();
        assertThat(ids(printed(query("ella", "run", "EmployeesOfBank", "bank=EB")), "personId")).containsExactly("ella");
        assertThat(ids(printed(query("alice", "where", LOC + "LetterOfCredit",
                "productDetails.quantity >= _$least AND status == 'AWAITING_APPROVAL'", "least=100")), "letterId"))
                .containsExactly("LETTER-1");
        assertThat(ids(printed(query("alice", "where", LOC + "LetterOfCredit", "productDetails.quantity > _$least",
                "least=100")), "letterId")).isEmpty();
        assertThat(refusal(query("alice", "where", LOC + "LetterOfCredit", "colour == 'red'")))
                .startsWith("charter query: The statement SELECT org.example.loc.LetterOfCredit WHERE (colour =="
                        + " 'red') cannot run: 1:").contains("colour");
        assertThat(refusal(query("alice", "run", "EmployeesOfBank", "bank")))
                .isEqualTo("charter query: a query parameter is <name>=<value>, not 'bank'");
        assertThat(refusal(query("alice", "run", "Richest")))
                .isEqualTo("charter query: The network has no query named Richest; it has EmployeesOfBank");

        // a revoked identity reads nothing
        assertThat(charter("identity", "revoke", "--card", card("admin").toString(), "bob").exit()).isZero();
        assertThat(refusal(query("bob", "resource", LOC + "Bank"))).startsWith("charter query: Identity 'bob' (")
                .endsWith(") has been revoked");
        for (List<String> chain : List.of(List.of("block", "1"), List.of("transaction", "apply-1"), List.of("events"))) {
            assertThat(refusal(query("bob", chain.toArray(String[]::new)))).as(chain.toString())
                    .startsWith("charter query: Identity 'bob' (").endsWith(") has been revoked");
        }
    }
}
