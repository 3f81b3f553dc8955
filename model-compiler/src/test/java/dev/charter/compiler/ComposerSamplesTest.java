package dev.charter.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.access.CompiledAccessRules;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class ComposerSamplesTest {

    private final NetworkChecker checker = new NetworkChecker();

    @TestFactory
    Stream<DynamicTest> everyComposerSampleChecksWithoutErrors() {
        return SharedSamples.networks().stream().map(network -> DynamicTest.dynamicTest(
                network.getFileName().toString(), () -> {
                    CheckResult result = checker.check(network);
                    assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::render))
                            .as("errors in %s", network)
                            .isEmpty();
                    assertThat(result.network().userDeclarations()).isNotEmpty();
                }));
    }

    /** Their access rules, JavaScript conditions included, compile to Java and load into an archive. */
    @TestFactory
    Stream<DynamicTest> everyComposerSamplesAccessRulesCompileAndLoad() {
        return SharedSamples.networks().stream().map(network -> DynamicTest.dynamicTest(
                network.getFileName().toString(), () -> {
                    try (EmbeddedNetwork compiled = EmbeddedNetwork.compile(network)) {
                        assertThat(compiled.archive().contract().accessRules()).isPresent();
                        assertThat(compiled.archive().accessController()).isInstanceOf(CompiledAccessRules.class);
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> sampleTypesResolveAcrossFilesAndImports() {
        Path lifecycle = SharedSamples.directory().resolve("vehicle-lifecycle-network");
        CheckResult result = checker.check(lifecycle);
        return Stream.of(
                DynamicTest.dynamicTest("imported super type", () -> assertThat(
                        result.network().type("org.acme.vehicle.lifecycle.PrivateOwner")).isPresent()),
                DynamicTest.dynamicTest("inherited fields come first", () -> {
                    var owner = (dev.charter.compiler.model.Declaration.ClassDeclaration) result.network()
                            .type("org.acme.vehicle.lifecycle.PrivateOwner").orElseThrow();
                    assertThat(result.network().allProperties(owner).get(0).name()).isEqualTo("title");
                    assertThat(result.network().ancestors(owner)).extracting(d -> d.qualifiedName())
                            .containsExactly("composer.base.Person", "org.hyperledger.composer.system.Participant");
                }));
    }
}
