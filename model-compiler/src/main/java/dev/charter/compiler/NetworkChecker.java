package dev.charter.compiler;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.Checks;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.load.AclMapper;
import dev.charter.compiler.load.LogicMapper;
import dev.charter.compiler.load.ModelMapper;
import dev.charter.compiler.load.NetworkLoader;
import dev.charter.compiler.load.ParsedNetwork;
import dev.charter.compiler.load.QueryMapper;
import dev.charter.compiler.model.Network;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads a network directory and runs every check on it: what {@code charter check} does. */
public final class NetworkChecker {

    private final NetworkLoader loader = new NetworkLoader();
    private final List<Check> checks = Checks.all();

    public CheckResult check(Path root) {
        return analyze(root).result();
    }

    /**
     * Checks a network whose files may have unsaved changes, as an editor holds them: {@code texts}
     * maps absolute, normalized file paths to their current text (see {@link NetworkLoader#load(Path, Diagnostics, Map)}).
     */
    public CheckResult check(Path root, Map<Path, String> texts) {
        return analyze(root, texts).result();
    }

    /** The parsed files and the checked network, for the compiler. */
    record Analysis(ParsedNetwork parsed, CheckResult result) {
    }

    Analysis analyze(Path root) {
        return analyze(root, Map.of());
    }

    private Analysis analyze(Path root, Map<Path, String> texts) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedNetwork parsed = loader.load(root, diagnostics, texts);
        Network network = Network.of(parsed.descriptor(), new ModelMapper(diagnostics).map(parsed),
                new AclMapper(diagnostics).map(parsed), new QueryMapper(diagnostics).map(parsed),
                new LogicMapper(diagnostics).map(parsed));
        for (Check check : checks) {
            check.check(network, diagnostics);
        }
        return new Analysis(parsed, new CheckResult(network, diagnostics.sorted(), parsed.files().size()));
    }
}
