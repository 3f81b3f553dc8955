package dev.charter.compiler;

import dev.charter.compiler.codegen.NetworkGenerator;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.load.ParsedNetwork.ParsedFile;
import dev.charter.compiler.logic.LogicTypeChecker;
import dev.charter.compiler.logic.TypedLogic;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Checks a network and, when it has no errors, generates its Java sources and model: {@code charter generate java}. */
public final class NetworkCompiler {

    private final NetworkChecker checker = new NetworkChecker();

    /** The check result, and the generated code when the check found no errors. */
    public record Compilation(CheckResult check, Optional<NetworkGenerator.Output> output,
            Map<String, String> sourceFiles) {
    }

    public Compilation compile(Path root) {
        NetworkChecker.Analysis analysis = checker.analyze(root);
        Map<String, String> sources = new LinkedHashMap<>();
        for (ParsedFile file : analysis.parsed().files()) {
            sources.put(file.source().path(), file.source().text());
        }
        if (analysis.result().hasErrors()) {
            return new Compilation(analysis.result(), Optional.empty(), sources);
        }
        LogicTypeChecker logicChecker = new LogicTypeChecker(analysis.result().network(), new Diagnostics());
        logicChecker.check();
        TypedLogic typed = logicChecker.checkConditions();
        return new Compilation(analysis.result(),
                Optional.of(NetworkGenerator.generate(analysis.result().network(), typed, sources)), sources);
    }
}
