package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * {@code bin/charter serve examples/letter-of-credit} as a user runs it — a process on the built jar, with its
 * ledger node inside — driven only over HTTP: identities issued over REST, the letter-of-credit process as each
 * participant (multi-user mode, the API key of each one's card), problem details, blocks, a named query and
 * {@code ?where=}, events over SSE and WebSocket, cursor paging, history, a restart, and the chain verified after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeIT extends ServeHarness {

    private static final String LOC = "/api/org.example.loc.";
    private static final String ALICE = "resource:org.example.loc.Customer#alice";
    private static final String BOB = "resource:org.example.loc.Customer#bob";
    private static final String MATIAS = "resource:org.example.loc.BankEmployee#matias";
    private static final String ELLA = "resource:org.example.loc.BankEmployee#ella";

    /** The API key of each participant's card, issued over REST, by the participant's id. */
    private final Map<String, String> keys = new HashMap<>();

    @BeforeAll
    void startServer() throws Exception {
        Files.writeString(dir.resolve("users.properties"), """
                admin-key = admin
                ghost-key = resource:org.example.loc.Customer#ghost
                """);
        start();
        Response demo = post("admin-key", LOC + "CreateDemoParticipants", "{}");
        assertThat(demo.status()).as(demo.raw().body()).isEqualTo(200);
        for (String participant : List.of(ALICE, BOB, MATIAS, ELLA)) {
            String id = participant.substring(participant.indexOf('#') + 1);
            keys.put(id, issue(participant, id).raw().headers().firstValue("Charter-API-Key").orElseThrow());
        }
    }

    /** Issues an identity over REST as the administrator. */
    private Response issue(String participant, String userId) throws IOException, InterruptedException {
        Response issued = post("admin-key", "/api/system/identities/issue",
                "{ \"participant\": \"" + participant + "\", \"userID\": \"" + userId + "\" }");
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
        return issued;
    }

    private String key(String participantId) {
        return keys.get(participantId);
    }

    private void start() throws IOException {
        start(ROOT.resolve("examples/letter-of-credit"), dir.resolve("users.properties"));
    }

    private String apply(String key, String letterId) throws IOException, InterruptedException {
        JsonNode result = ok(post(key, LOC + "InitialApplication", """
                { "letterId": "%s", "applicant": "%s", "beneficiary": "%s",
                  "rules": [ { "$class": "org.example.loc.Rule", "ruleId": "R1", "ruleText": "Working computers" } ],
                  "productDetails": { "$class": "org.example.loc.ProductDetails", "productType": "Computers",
                                      "quantity": 100, "pricePerUnit": 450 } }
                """.formatted(letterId, ALICE, BOB)));
        return result.get("transactionId").asText();
    }

    private JsonNode step(String key, String transaction, String letterId, String extra) throws IOException, InterruptedException {
        return ok(post(key, LOC + transaction, "{ \"loc\": \"resource:org.example.loc.LetterOfCredit#" + letterId + "\""
                + extra + " }"));
    }

    private String status(String letterId) throws IOException, InterruptedException {
        return ok(get("admin-key", LOC + "LetterOfCredit/" + letterId)).get("status").asText();
    }

    // ---- the process ----------------------------------------------------------------------------

    @Test
    @Order(1)
    void aLetterGoesFromApplicationToCloseWithEachStepTakenByItsParticipant() throws Exception {
        String application = apply(key("alice"), "L-STORY");
        assertThat(status("L-STORY")).isEqualTo("AWAITING_APPROVAL");
        step(key("matias"), "SuggestChanges", "L-STORY", """
                , "rules": [ { "$class": "org.example.loc.Rule", "ruleId": "R1", "ruleText": "Within 15 days" } ],
                  "suggestingParty": "%s"
                """.formatted(MATIAS));
        for (String[] approver : new String[][] {{key("alice"), ALICE}, {key("ella"), ELLA}, {key("bob"), BOB}}) {
            step(approver[0], "Approve", "L-STORY", ", \"approvingParty\": \"" + approver[1] + "\"");
        }
        assertThat(status("L-STORY")).isEqualTo("APPROVED");
        step(key("bob"), "ShipProduct", "L-STORY", ", \"evidence\": \"337478411cab754ce47fcaa72ec1d0f6\"");
        step(key("alice"), "ReceiveProduct", "L-STORY", "");
        step(key("matias"), "ReadyForPayment", "L-STORY", "");
        JsonNode close = step(key("ella"), "Close", "L-STORY", ", \"closeReason\": \"Payment made\"");
        assertThat(close.get("events").get(0).get("$class").asText()).isEqualTo("org.example.loc.CloseEvent");

        JsonNode letter = ok(get(key("bob"), LOC + "LetterOfCredit/L-STORY"));
        assertThat(letter.get("status").asText()).isEqualTo("CLOSED");
        assertThat(letter.get("approval")).extracting(JsonNode::asText).containsExactly(MATIAS, ALICE, ELLA, BOB);
        // The historian names who submitted each step.
        JsonNode record = ok(get("admin-key", "/api/system/historian/" + application));
        assertThat(record.get("participantInvoking").asText()).isEqualTo(ALICE);
        assertThat(record.get("transactionType").asText()).isEqualTo("org.example.loc.InitialApplication");
        JsonNode submitted = ok(get("admin-key", LOC + "InitialApplication/" + application));
        assertThat(submitted.get("letterId").asText()).isEqualTo("L-STORY");
    }

    @Test
    @Order(2)
    void theHistoryOfALetterListsEveryVersionWithTheTransactionThatWroteIt() throws Exception {
        JsonNode history = ok(get("admin-key", LOC + "LetterOfCredit/L-STORY/history"));
        assertThat(history).extracting(v -> v.get("transactionType").asText()).containsExactly(
                "org.example.loc.InitialApplication", "org.example.loc.SuggestChanges", "org.example.loc.Approve",
                "org.example.loc.Approve", "org.example.loc.Approve", "org.example.loc.ShipProduct",
                "org.example.loc.ReceiveProduct", "org.example.loc.ReadyForPayment", "org.example.loc.Close");
        assertThat(history).extracting(v -> v.get("value").get("status").asText()).containsExactly("AWAITING_APPROVAL",
                "AWAITING_APPROVAL", "AWAITING_APPROVAL", "AWAITING_APPROVAL", "APPROVED", "SHIPPED", "RECEIVED",
                "READY_FOR_PAYMENT", "CLOSED");
        assertThat(history.get(0).get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    // ---- errors ---------------------------------------------------------------------------------

    @Test
    @Order(3)
    void invalidDataIsA400NamingTheField() throws Exception {
        Response response = post(key("alice"), LOC + "InitialApplication", """
                { "letterId": "L-BAD", "applicant": "%s", "beneficiary": "%s", "rules": [],
                  "productDetails": { "$class": "org.example.loc.ProductDetails", "productType": "Computers",
                                      "quantity": 0, "pricePerUnit": 450 } }
                """.formatted(ALICE, BOB));
        assertProblem(response, 400, "Instance org.example.loc.InitialApplication#" + response.body().get("transactionId")
                .asText() + " field quantity has value 0 which is outside lower bound 1");
        assertThat(response.body().get("field").asText()).isEqualTo("productDetails.quantity");

        Response missing = post("admin-key", LOC + "Bank", "{ \"bankId\": \"B-NONAME\" }");
        assertProblem(missing, 400, "Instance org.example.loc.Bank#B-NONAME missing required field name");
        assertThat(missing.body().get("field").asText()).isEqualTo("name");

        Response notJson = post("admin-key", LOC + "Bank", "{ \"bankId\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().get("detail").asText()).startsWith("The body is not valid JSON: Unexpected end-of-input");
    }

    @Test
    @Order(4)
    void missingThingsAre404AndDuplicatesAre409() throws Exception {
        assertProblem(get("admin-key", LOC + "LetterOfCredit/NO-SUCH-LETTER"), 404,
                "There is no org.example.loc.LetterOfCredit with letterId NO-SUCH-LETTER");
        assertThat(send(request("admin-key", LOC + "Bank/NO-SUCH-BANK").method("HEAD",
                HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(404);
        assertThat(send(request("admin-key", LOC + "Bank/BOD").method("HEAD", HttpRequest.BodyPublishers.noBody()))
                .status()).isEqualTo(200);
        assertProblem(post("admin-key", LOC + "Bank", "{ \"bankId\": \"BOD\", \"name\": \"Another\" }"), 409,
                "Object with ID 'BOD' in collection with ID 'Participant:org.example.loc.Bank' already exists");
    }

    @Test
    @Order(5)
    void aRequireInTheLogicIsA422WithItsMessage() throws Exception {
        apply(key("alice"), "L-TWICE");
        step(key("bob"), "Approve", "L-TWICE", ", \"approvingParty\": \"" + BOB + "\"");
        assertProblem(post(key("bob"), LOC + "Approve", """
                { "loc": "resource:org.example.loc.LetterOfCredit#L-TWICE", "approvingParty": "%s" }""".formatted(BOB)),
                422, "This person has already approved this letter of credit");
        assertProblem(post(key("alice"), LOC + "ReceiveProduct",
                "{ \"loc\": \"resource:org.example.loc.LetterOfCredit#L-TWICE\" }"), 422,
                "The product must be shipped before it can be received");
    }

    @Test
    @Order(5)
    void anAccessRuleRefusalIsA403InComposersWordsAndLeavesNoTrace() throws Exception {
        apply(key("alice"), "L-ACL");
        // only the applicant receives the product: the network's permissions.acl refuses Bob the transaction itself
        Response refused = post(key("bob"), LOC + "ReceiveProduct",
                "{ \"loc\": \"resource:org.example.loc.LetterOfCredit#L-ACL\" }");
        String id = refused.body().path("transactionId").asText();
        assertProblem(refused, 403, "Participant 'org.example.loc.Customer#bob' does not have 'CREATE' access to resource"
                + " 'org.example.loc.ReceiveProduct#" + id + "'");
        assertThat(get(key("alice"), "/api/system/historian/" + id).status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void callersWithoutAKnownKeyAre401AndUnknownParticipantsAre403() throws Exception {
        assertProblem(get(null, "/api/system/ping"), 401, "This API needs an API key: send it in the X-API-Key header");
        assertProblem(get("wrong-key", "/api/system/ping"), 401, "The API key is not one this server knows");
        // ghost-key names a participant in the users file that does not exist: the node refuses to bind it an identity.
        Response ghost = get("ghost-key", LOC + "Bank");
        assertThat(ghost.status()).as(ghost.raw().body()).isEqualTo(403);
        assertThat(ghost.body().get("detail").asText()).isEqualTo("Participant 'org.example.loc.Customer#ghost' does not"
                + " exist in network letter-of-credit");
        JsonNode ping = ok(get(key("ella"), "/api/system/ping"));
        assertThat(ping.get("participant").asText()).isEqualTo(ELLA);
    }

    // ---- events ---------------------------------------------------------------------------------

    @Test
    @Order(7)
    @Timeout(300)
    void eventsArriveOverServerSentEventsEachOnceInCommitOrderAndCanBeReplayedFromABlock() throws Exception {
        long height = ok(get("admin-key", "/api/system/ping")).get("height").asLong();
        HttpResponse<Stream<String>> stream = http.send(request("admin-key", "/api/system/events?from=" + (height + 1))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                stream.body().forEach(lines::add);
            } catch (UncheckedIOException closed) {
                // the test closes the stream once it has what it waits for
            }
        });
        reader.setDaemon(true);
        reader.start();

        apply(key("alice"), "L-EVENTS");
        step(key("bob"), "Approve", "L-EVENTS", ", \"approvingParty\": \"" + BOB + "\"");
        step(key("matias"), "Approve", "L-EVENTS", ", \"approvingParty\": \"" + MATIAS + "\"");
        step(key("ella"), "Approve", "L-EVENTS", ", \"approvingParty\": \"" + ELLA + "\"");

        List<JsonNode> events = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (events.size() < 4) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("an event line within a minute").isNotNull();
            if (line.startsWith("id:")) {
                ids.add(line.substring(3).strip());
            } else if (line.startsWith("data:")) {
                events.add(JSON.readTree(line.substring(5)));
            }
        }
        assertThat(events).extracting(e -> e.get("$class").asText()).containsExactly(
                "org.example.loc.InitialApplicationEvent", "org.example.loc.ApproveEvent", "org.example.loc.ApproveEvent",
                "org.example.loc.ApproveEvent");
        assertThat(events.subList(1, 4)).extracting(e -> e.get("approvingParty").asText()).containsExactly(BOB, MATIAS, ELLA);
        assertThat(ids).containsExactly((height + 1) + "-0", (height + 2) + "-0", (height + 3) + "-0", (height + 4) + "-0");
        stream.body().close();

        // Resuming from the third of those blocks replays exactly the last two events.
        HttpResponse<Stream<String>> replay = http.send(request("admin-key", "/api/system/events")
                .header("Last-Event-ID", (height + 2) + "-0").GET().build(), HttpResponse.BodyHandlers.ofLines());
        List<String> replayed = replay.body().filter(l -> l.startsWith("data:")).limit(2).toList();
        assertThat(replayed).extracting(l -> JSON.readTree(l.substring(5)).get("approvingParty").asText())
                .containsExactly(MATIAS, ELLA);
        replay.body().close();
    }

    @Test
    @Order(8)
    @Timeout(300)
    void eventsArriveOverTheWebSocketInCommitOrder() throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().header("X-API-Key", "admin-key")
                .buildAsync(URI.create(base.replace("http:", "ws:") + "/api/system/events/ws"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            messages.add(text.toString());
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        apply(key("alice"), "L-SOCKET");
        step(key("bob"), "Approve", "L-SOCKET", ", \"approvingParty\": \"" + BOB + "\"");
        String first = messages.poll(60, TimeUnit.SECONDS);
        String second = messages.poll(60, TimeUnit.SECONDS);
        assertThat(JSON.readTree(first).get("$class").asText()).isEqualTo("org.example.loc.InitialApplicationEvent");
        assertThat(JSON.readTree(second).get("$class").asText()).isEqualTo("org.example.loc.ApproveEvent");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
    }

    // ---- paging -----------------------------------------------------------------------------------

    @Test
    @Order(8)
    void aCursorPagesThroughAThousandLettersEachOnceInIdOrder() throws Exception {
        for (int i = 0; i < 1000; i++) {
            ok(post("admin-key", LOC + "LetterOfCredit", """
                    { "letterId": "PAGE-%04d", "applicant": "%s", "beneficiary": "%s",
                      "issuingBank": "resource:org.example.loc.Bank#BOD", "exportingBank": "resource:org.example.loc.Bank#EB",
                      "rules": [], "productDetails": { "$class": "org.example.loc.ProductDetails", "productType": "Chairs",
                      "quantity": 1, "pricePerUnit": 10 }, "evidence": [], "approval": [], "status": "AWAITING_APPROVAL" }
                    """.formatted(i, ALICE, BOB)));
        }
        List<String> seen = new ArrayList<>();
        String next = LOC + "LetterOfCredit?limit=150";
        int pages = 0;
        while (next != null) {
            Response page = get("admin-key", next);
            ok(page).forEach(letter -> seen.add(letter.get("letterId").asText()));
            pages++;
            next = page.raw().headers().firstValue("Link")
                    .map(link -> link.substring(link.indexOf('<') + 1, link.indexOf('>')).substring(base.length()))
                    .orElse(null);
        }
        List<String> paged = seen.stream().filter(id -> id.startsWith("PAGE-")).toList();
        assertThat(paged).hasSize(1000).doesNotHaveDuplicates().isSorted();
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(pages).isGreaterThanOrEqualTo(7);
    }

    // ---- identities, blocks, queries --------------------------------------------------------------

    @Test
    @Order(9)
    void anIdentityIssuedOverRestActsAsItsParticipantUntilItIsRevoked() throws Exception {
        ok(post("admin-key", LOC + "Customer", """
                { "personId": "carol", "name": "Carol", "lastName": "Cole", "bank": "resource:org.example.loc.Bank#BOD",
                  "companyName": "Carol's Computers" }"""));
        Response issued = issue("resource:org.example.loc.Customer#carol", "carol");
        JsonNode card = issued.body();
        assertThat(card.get("user").asText()).isEqualTo("carol");
        assertThat(card.get("connection").get("network").asText()).isEqualTo("letter-of-credit");
        assertThat(card.get("privateKey").asText()).startsWith("-----BEGIN PRIVATE KEY-----");
        String carol = issued.raw().headers().firstValue("Charter-API-Key").orElseThrow();
        assertThat(ok(get(carol, "/api/system/ping")).get("participant").asText())
                .isEqualTo("resource:org.example.loc.Customer#carol");
        assertThat(ok(get("admin-key", "/api/system/identities?limit=1000"))).anySatisfy(identity -> {
            assertThat(identity.get("name").asText()).isEqualTo("carol");
            assertThat(identity.get("participant").asText()).isEqualTo("resource:org.example.loc.Customer#carol");
        });
        String identityId = card.get("identityId").asText();
        HttpResponse<Stream<String>> events = http.send(request(carol, "/api/system/events")
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(events.statusCode()).isEqualTo(200);
        CompletableFuture<List<String>> streamed = CompletableFuture.supplyAsync(() -> events.body().toList());

        assertThat(post(key("alice"), "/api/system/identities/" + identityId + "/revoke", "").status()).isEqualTo(403);
        assertThat(post("admin-key", "/api/system/identities/" + identityId + "/revoke", "").status()).isEqualTo(204);
        Response revoked = get(carol, LOC + "Bank");
        assertThat(revoked.status()).as(revoked.raw().body()).isEqualTo(401);
        assertThat(revoked.body().get("detail").asText()).isEqualTo("Identity 'carol' (" + identityId + ") has been revoked");
        // Carol's event stream, opened while she was a member, ends with her revocation: the node stops serving her.
        assertThat(streamed.get(30, TimeUnit.SECONDS)).contains(":Identity 'carol' (" + identityId + ") has been revoked");
    }

    @Test
    @Order(9)
    void theAdministratorReadsTheBlocksOfTheLedgerAndNoOneElse() throws Exception {
        String transaction = apply(key("alice"), "L-BLOCK");
        long height = ok(get("admin-key", "/api/system/ping")).get("height").asLong();
        JsonNode block = ok(get("admin-key", "/api/system/blocks/" + height));
        assertThat(block.get("number").asLong()).isEqualTo(height);
        assertThat(block.get("hash").asText()).hasSize(64);
        assertThat(block.get("transactions")).anySatisfy(t -> {
            assertThat(t.get("transactionId").asText()).isEqualTo(transaction);
            assertThat(t.get("payload").get("letterId").asText()).isEqualTo("L-BLOCK");
        });
        assertThat(get(key("alice"), "/api/system/blocks/" + height).status()).isEqualTo(403);
        assertThat(get("admin-key", "/api/system/blocks/" + (height + 1000)).status()).isEqualTo(404);
    }

    @Test
    @Order(9)
    void aNamedQueryAndAWhereConditionSelectLettersByStatusAsTheCallerMayReadThem() throws Exception {
        JsonNode closed = ok(get("admin-key", "/api/queries/lettersInStatus?status=CLOSED"));
        assertThat(closed).extracting(letter -> letter.get("letterId").asText()).containsExactly("L-STORY");
        JsonNode where = ok(get("admin-key", LOC + "LetterOfCredit?where="
                + java.net.URLEncoder.encode("status == 'CLOSED' OR letterId == _$id", StandardCharsets.UTF_8)
                + "&id=L-ACL"));
        assertThat(where).extracting(letter -> letter.get("letterId").asText()).containsExactly("L-ACL", "L-STORY");
        Response missing = get("admin-key", "/api/queries/lettersInStatus");
        assertThat(missing.status()).as(missing.raw().body()).isEqualTo(400);
    }

    @Test
    @Order(9)
    void theCliReadsTheNetworkOfARunningServeThroughItsNode() throws Exception {
        NodeProcess.Run query = NodeProcess.charter("query", "--card", adminCard.toString(), "--node", nodeUrl,
                "resource", "org.example.loc.LetterOfCredit", "L-STORY");
        assertThat(query.exit()).as(query.err()).isZero();
        assertThat(JSON.readTree(query.out()).get("status").asText()).isEqualTo("CLOSED");
    }

    // ---- restart ----------------------------------------------------------------------------------

    @Test
    @Order(10)
    void stoppingAndStartingAgainKeepsTheDataAndTheBlocks() throws Exception {
        long height = ok(get("admin-key", "/api/system/ping")).get("height").asLong();
        stop();
        start();
        assertThat(status("L-STORY")).isEqualTo("CLOSED");
        assertThat(ok(get("admin-key", "/api/system/ping")).get("height").asLong()).isEqualTo(height);
        assertThat(ok(get("admin-key", LOC + "LetterOfCredit/L-STORY/history"))).hasSize(9);
        apply(key("alice"), "L-AFTER-RESTART");
        assertThat(ok(get("admin-key", "/api/system/ping")).get("height").asLong()).isEqualTo(height + 1);
    }

    @Test
    @Order(11)
    void afterServeStopsTheLedgerItKeptVerifies() throws Exception {
        stop();
        NodeProcess.Run verify = NodeProcess.charter("ledger", "verify", "--data", dir.resolve("data").toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("letter-of-credit");
    }
}
