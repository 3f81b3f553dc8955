package dev.charter.compiler;

import dev.charter.compiler.archive.ArchiveWriter;
import dev.charter.compiler.archive.GeneratedNetwork;
import dev.charter.compiler.codegen.NetworkGenerator;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.load.ParsedNetwork.ParsedFile;
import dev.charter.compiler.logic.LogicTypeChecker;
import dev.charter.compiler.logic.TypedLogic;
import dev.charter.compiler.model.Descriptor;
import dev.charter.runtime.archive.ArchiveManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks a network and, when it has no errors, generates its Java sources and model: {@code charter generate java}. */
public final class NetworkCompiler {

    private final NetworkChecker checker = new NetworkChecker();

    /** The check result, and the generated code when the check found no errors. */
    public record Compilation(CheckResult check, Optional<NetworkGenerator.Output> output,
            Map<String, String> sourceFiles) {

        /**
         * Writes the network archive: the generated sources compiled, the metadata, the network's files.
         *
         * @throws IllegalStateException when the network has errors (there is nothing to write)
         * @throws dev.charter.compiler.archive.CompilationFailedException when javac refuses the generated sources
         */
        public ArchiveManifest writeArchive(Path file) throws IOException {
            NetworkGenerator.Output generated = output.orElseThrow(() -> new IllegalStateException(
                    "The network has errors:\n" + check.diagnostics().stream().filter(Diagnostic::isError)
                            .map(Diagnostic::render).collect(Collectors.joining("\n"))));
            Descriptor descriptor = check.network().descriptor();
            return new ArchiveWriter().write(GeneratedNetwork.of(descriptor.name(), descriptor.version(),
                    descriptor.description(), generated.javaSources(), generated.metadata(), sourceFiles,
                    generated.contractClass()), file);
        }
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
