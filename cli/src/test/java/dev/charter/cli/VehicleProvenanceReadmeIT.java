package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough of {@code examples/vehicle-provenance/README.md} as a reader follows it: its {@code bin/charter
 * serve} command (on a free port and a fresh data directory), then each of its {@code curl} commands, run by
 * {@code sh} in order exactly as written but for the port. Every one must succeed, and the steps the walkthrough
 * promises — a batch, an assembly, a recall naming the car, the closed notice, the pad's provenance — must answer
 * what the README says they do.
 */
class VehicleProvenanceReadmeIT extends ServeHarness {

    private static final String NS = "org.example.provenance.";
    private static final String CAR = "resource:" + NS + "Vehicle#1MW00000000000001";

    /** One command of the walkthrough and what it printed: the body, and the status {@code -w} adds. */
    record Ran(String command, int status, JsonNode body) {

        boolean calls(String endpoint) {
            return command.contains("/api/" + NS + endpoint + " ") || command.endsWith("/api/" + NS + endpoint);
        }
    }

    /** The section's fenced {@code sh} blocks, split into commands: each starts with a line that starts with a word. */
    static List<String> walkthroughCommands() throws Exception {
        String readme = Files.readString(ROOT.resolve("examples/vehicle-provenance/README.md"));
        int start = readme.indexOf("## Walkthrough");
        assertThat(start).as("the README has a Walkthrough section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> commands = new ArrayList<>();
        String[] blocks = section.split("```");
        for (int i = 1; i < blocks.length; i += 2) {
            assertThat(blocks[i]).as("a fenced block of the walkthrough is a sh block").startsWith("sh\n");
            for (String line : blocks[i].substring(3).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                if (Character.isWhitespace(line.charAt(0))) {
                    int last = commands.size() - 1;
                    commands.set(last, commands.get(last) + "\n" + line);
                } else {
                    commands.add(line);
                }
            }
        }
        return commands;
    }

    private Ran run(String command) throws Exception {
        assertThat(command).startsWith("curl ").contains("localhost:3000/api/");
        String local = command.replaceFirst("^curl ", "curl -sS -w '\\\\n%{http_code}' ")
                .replace("localhost:3000", base.substring("http://".length()));
        Process sh = new ProcessBuilder("sh", "-c", local).start();
        sh.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(sh.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sh.waitFor(60, TimeUnit.SECONDS)).as(command).isTrue();
        assertThat(sh.exitValue()).as("%s%nstderr: %s", command, err.join()).isZero();
        int newline = out.lastIndexOf('\n');
        String body = out.substring(0, newline);
        return new Ran(command, Integer.parseInt(out.substring(newline + 1).strip()),
                body.isEmpty() ? null : JSON.readTree(body));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<Ran> calling(List<Ran> ran, String endpoint) {
        List<Ran> calls = ran.stream().filter(r -> r.calls(endpoint)).toList();
        assertThat(calls).as("the walkthrough calls %s", endpoint).isNotEmpty();
        return calls;
    }

    @Test
    void theReadmesWalkthroughProducesAssemblesRecallsAndShowsAPartsProvenance() throws Exception {
        List<String> commands = walkthroughCommands();
        assertThat(commands.get(0)).as("the walkthrough starts the server").startsWith("bin/charter serve ");
        start(Arrays.asList(commands.get(0).substring("bin/charter ".length()).split(" +")));

        List<Ran> ran = new ArrayList<>();
        for (String command : commands.subList(1, commands.size())) {
            Ran result = run(command);
            assertThat(result.status()).as("%s answered %s", command, result.body()).isBetween(200, 201);
            ran.add(result);
        }

        for (String participant : List.of("Manufacturer", "Maintainer", "Regulator", "Owner")) {
            assertThat(calling(ran, participant)).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        }
        assertThat(calling(ran, "ProducePartBatch")).extracting(r -> r.body().get("events").get(0))
                .allSatisfy(event -> {
                    assertThat(event.get("$class").asText()).isEqualTo(NS + "PartBatchProduced");
                    assertThat(event.get("manufacturer").asText()).isEqualTo("resource:" + NS + "Manufacturer#acme");
                })
                .extracting(event -> event.get("batch").asText() + " x" + event.get("count").asInt())
                .containsExactly("B-7 x2", "B-9 x2");
        assertThat(calling(ran, "AssembleVehicle")).singleElement()
                .satisfies(r -> assertThat(r.body().get("events").get(0).get("vehicle").asText()).isEqualTo(CAR));

        JsonNode recall = calling(ran, "IssueRecall").get(0).body().get("returnValue");
        assertThat(texts(recall.get("affectedParts"))).containsExactly("resource:" + NS + "Part#P1",
                "resource:" + NS + "Part#P2");
        assertThat(texts(recall.get("affectedVehicles"))).containsExactly(CAR);
        assertThat(texts(recall.get("formerVehicles"))).containsExactly(CAR);
        assertThat(calling(ran, "RecallNotice")).singleElement().satisfies(r -> {
            assertThat(r.body()).hasSize(1);
            assertThat(r.body().get(0).get("status").asText()).isEqualTo("OPEN");
        });
        assertThat(calling(ran, "CloseRecallNotice")).singleElement().satisfies(r -> assertThat(
                r.body().get("events").get(0).get("$class").asText()).isEqualTo(NS + "RecallNoticeClosed"));

        JsonNode history = calling(ran, "Part/P1/history").get(0).body();
        assertThat(history).extracting(v -> v.get("transactionType").asText().substring(NS.length()))
                .containsExactly("ProducePartBatch", "AssembleVehicle", "ReplacePart", "IssueRecall");
        JsonNode made = history.get(0).get("value");
        assertThat(made.get("batch").asText()).isEqualTo("B-7");
        assertThat(made.get("machineProgram").asText()).isEqualTo("press-2.1");
        assertThat(Instant.parse(made.get("producedAt").asText()))
                .isEqualTo(Instant.parse(history.get(0).get("timestamp").asText()));
        assertThat(history.get(1).get("value").get("vehicle").asText()).isEqualTo(CAR);
        assertThat(texts(history.get(3).get("value").get("formerVehicles"))).containsExactly(CAR);
        assertThat(texts(history.get(3).get("value").get("recalls"))).containsExactly("resource:" + NS + "Recall#RC-1");
    }
}
