package dev.charter.cli;

import static dev.charter.cli.Jmh.load;
import static dev.charter.cli.Jmh.loadAverage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.compiler.EmbeddedNetwork;
import dev.charter.runtime.contract.TransactionOutcome;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter bench recall}: how long the vehicle-provenance network's {@code IssueRecall} takes on a
 * fleet — every vehicle carries one part of one of several batches, and each recall of a batch must name
 * exactly that batch's vehicles. Runs in this JVM on the in-memory state, with the network's access rules.
 */
@Command(name = "recall", mixinStandardHelpOptions = true,
        description = "Time IssueRecall of the vehicle-provenance network over a fleet of vehicles.")
final class BenchRecallCommand implements Callable<Integer> {

    private static final String NS = "org.example.provenance.";
    private static final String SUPPLIER = "resource:" + NS + "Manufacturer#acme";
    private static final String MAKER = "resource:" + NS + "Manufacturer#motorworks";
    private static final String REGULATOR = "resource:" + NS + "Regulator#rsa";
    private static final String OWNER = "resource:" + NS + "Owner#olivia";

    @Spec
    CommandSpec spec;

    @Option(names = "--vehicles", defaultValue = "10000", description = "Vehicles in the fleet (default: ${DEFAULT-VALUE}).")
    int vehicles;

    @Option(names = "--batches", defaultValue = "10",
            description = "Part batches the fleet's parts come from; each is recalled once (default: ${DEFAULT-VALUE}).")
    int batches;

    @Option(names = "--network", paramLabel = "<dir>",
            description = "The vehicle-provenance network (default: examples/vehicle-provenance of this checkout).")
    Path network;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = network != null ? network : BenchCheckCommand.repositoryRoot().resolve("examples/vehicle-provenance");
        if (!Files.isDirectory(dir.resolve("models"))) {
            err.println("charter bench recall: no network at " + dir + "; pass --network <dir>");
            return Charter.ExitCode.USAGE;
        }
        if (vehicles < 1 || batches < 1 || batches > vehicles) {
            err.println("charter bench recall: --vehicles and --batches must be positive, with no more batches than vehicles");
            return Charter.ExitCode.USAGE;
        }
        out.printf(Locale.ROOT, "machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        double loadBefore = loadAverage();

        try (EmbeddedNetwork fleet = EmbeddedNetwork.compile(dir)) {
            long start = System.nanoTime();
            setUp(fleet);
            out.printf(Locale.ROOT, "fleet: %,d vehicles, one part each from %d batches, set up in %.1f s"
                    + " (%,d transactions)%n", vehicles, batches, (System.nanoTime() - start) / 1e9, vehicles + batches);

            long[] nanos = new long[batches];
            for (int b = 0; b < batches; b++) {
                long began = System.nanoTime();
                TransactionOutcome outcome = fleet.submitAs(REGULATOR, """
                        { "$class": "org.example.provenance.IssueRecall", "recallId": "RC-%d", "manufacturer": "%s",
                          "reason": "benchmark", "batch": "B-%d" }""".formatted(b, SUPPLIER, b));
                nanos[b] = System.nanoTime() - began;
                int named = named(fleet, outcome, "RC-" + b);
                if (named != vehiclesOf(b)) {
                    err.printf("charter bench recall: recall of batch B-%d named %d vehicles, expected %d%n", b, named,
                            vehiclesOf(b));
                    return Charter.ExitCode.INTERNAL;
                }
            }
            out.printf(Locale.ROOT, "IssueRecall of one batch (%,d affected vehicles of %,d, each with its notice),"
                    + " %d recalls, the first included:%n", vehiclesOf(0), vehicles, batches);
            long first = nanos[0];
            Arrays.sort(nanos);
            out.printf(Locale.ROOT, "  first %.0f ms; min %.0f ms, median %.0f ms, max %.0f ms%n", ms(first),
                    ms(nanos[0]), ms(nanos[batches / 2]), ms(nanos[batches - 1]));
        }
        out.printf(Locale.ROOT, "load average: %s before and %s after (1 min)%n", load(loadBefore), load(loadAverage()));
        out.flush();
        return Charter.ExitCode.OK;
    }

    /** One supplier's parts in {@code batches} batches; vehicle {@code i} carries part {@code i}, of batch {@code i % batches}. */
    private void setUp(EmbeddedNetwork fleet) {
        fleet.add("""
                { "$class": "org.example.provenance.Manufacturer", "companyId": "acme", "name": "Acme Brakes",
                  "role": "PART_SUPPLIER" }""");
        fleet.add("""
                { "$class": "org.example.provenance.Manufacturer", "companyId": "motorworks", "name": "Motorworks",
                  "role": "VEHICLE_MAKER" }""");
        fleet.add("""
                { "$class": "org.example.provenance.Regulator", "companyId": "rsa", "name": "Road Safety Authority" }""");
        fleet.add("""
                { "$class": "org.example.provenance.Owner", "ownerId": "olivia", "name": "Olivia" }""");
        for (int b = 0; b < batches; b++) {
            List<String> serials = new ArrayList<>();
            for (int i = b; i < vehicles; i += batches) {
                serials.add("\"P" + i + "\"");
            }
            fleet.submitAs(SUPPLIER, """
                    { "$class": "org.example.provenance.ProducePartBatch", "partType": "brake-pad", "batch": "B-%d",
                      "machineProgram": "press-1", "serialNumbers": [%s] }""".formatted(b, String.join(",", serials)))
                    .orThrow();
        }
        for (int i = 0; i < vehicles; i++) {
            fleet.submitAs(MAKER, """
                    { "$class": "org.example.provenance.AssembleVehicle", "vin": "1MW%014d", "modelName": "Roadster",
                      "owner": "%s", "parts": ["resource:org.example.provenance.Part#P%d"] }""".formatted(i, OWNER, i))
                    .orThrow();
        }
    }

    private int vehiclesOf(int batch) {
        return (vehicles - batch + batches - 1) / batches;
    }

    private static int named(EmbeddedNetwork fleet, TransactionOutcome outcome, String recallId) {
        outcome.orThrow();
        JsonNode recall = fleet.resource(NS + "Recall", recallId).orElseThrow();
        return recall.path("affectedVehicles").size();
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
