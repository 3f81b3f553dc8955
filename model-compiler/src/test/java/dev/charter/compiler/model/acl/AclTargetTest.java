package dev.charter.compiler.model.acl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.model.acl.AclTarget.Malformed;
import dev.charter.compiler.model.acl.AclTarget.Problem;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AclTargetTest {

    private static final SourceLocation AT = new SourceLocation("permissions.acl", 3, 19, 40, 20);

    private static AclTarget parse(String text) {
        return AclTarget.parse(text, AT);
    }

    @Test
    void readsEveryFormComposerAccepts() {
        assertThat(parse("ANY")).isInstanceOf(AclTarget.Any.class);
        assertThat(parse("**")).isInstanceOf(AclTarget.Everything.class);
        assertThat(parse("org.example.*")).isEqualTo(new AclTarget.Namespace("org.example", false, "org.example.*", AT));
        assertThat(parse("org.**")).isEqualTo(new AclTarget.Namespace("org", true, "org.**", AT));
        assertThat(parse("org.example.Car"))
                .isEqualTo(new AclTarget.Type("org.example.Car", Optional.empty(), "org.example.Car", AT));
        assertThat(parse("org.example.Car#ABC 123"))
                .isEqualTo(new AclTarget.Type("org.example.Car", Optional.of("ABC 123"), "org.example.Car#ABC 123", AT));
    }

    @Test
    void splitsATypeIntoNamespaceAndSimpleName() {
        AclTarget.Type type = (AclTarget.Type) parse("org.acme.vehicle_network.Order");
        assertThat(type.namespace()).isEqualTo("org.acme.vehicle_network");
        assertThat(type.simpleName()).isEqualTo("Order");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|EMPTY|''",
            "org..Car|EMPTY_NAME|org..Car",
            ".Car|EMPTY_NAME|.Car",
            "org.example.Car Part|INVALID_NAME|Car Part",
            "org.9lives.Cat|INVALID_NAME|9lives",
            "Car|MISSING_NAMESPACE|Car",
            "*|MISPLACED_WILDCARD|*",
            "org.*.Car|MISPLACED_WILDCARD|org.*.Car",
            "org.example.***|MISPLACED_WILDCARD|org.example.***",
            "org.example.*#x|INSTANCE_OF_NAMESPACE|org.example.*",
            "**#x|INSTANCE_OF_NAMESPACE|**",
            "#x|INSTANCE_WITHOUT_TYPE|''",
            "org.example.Car#|EMPTY_INSTANCE|org.example.Car"})
    void explainsWhatIsWrongWithAMalformedTarget(String text, Problem problem, String detail) {
        assertThat(parse(text)).isEqualTo(new Malformed(problem, detail, text, AT));
    }
}
