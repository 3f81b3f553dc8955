package dev.charter.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runtime's system model (a JSON resource, since the runtime cannot depend on the grammar) must
 * say what the grammar's {@code org.hyperledger.composer.system.cto} says.
 */
class SystemModelTest {

    private static final Pattern DECLARATION = Pattern.compile(
            "^(abstract\\s+)?(asset|participant|transaction|event|concept|enum)\\s+(\\w+)[^{]*\\{(.*?)^}",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern MEMBER = Pattern.compile("^\\s*(o|-->)\\s+(\\w+)(\\[])?\\s+(\\w+)(.*)$",
            Pattern.MULTILINE);
    private static final Pattern ENUM_VALUE = Pattern.compile("^\\s*o\\s+(\\w+)\\s*$", Pattern.MULTILINE);

    @Test
    void declaresWhatTheGrammarsSystemModelDeclares() throws IOException {
        Path cto = Path.of(System.getProperty("charter.root", "..")).resolve(
                "dsl-grammar/src/main/resources/dev/charter/dsl/system/org.hyperledger.composer.system.cto");
        assumeTrue(Files.isRegularFile(cto), "the grammar's system model is not beside the runtime: " + cto);
        String text = Files.readString(cto);

        Map<String, String> expected = new LinkedHashMap<>();
        Matcher declaration = DECLARATION.matcher(text);
        while (declaration.find()) {
            String name = ModelInfo.SYSTEM_NAMESPACE + "." + declaration.group(3);
            String kind = declaration.group(2).toUpperCase(java.util.Locale.ROOT);
            StringBuilder shape = new StringBuilder(kind).append(declaration.group(1) != null ? " abstract" : "");
            if (kind.equals("ENUM")) {
                Matcher value = ENUM_VALUE.matcher(declaration.group(4));
                while (value.find()) {
                    shape.append(' ').append(value.group(1));
                }
            } else {
                Matcher member = MEMBER.matcher(declaration.group(4));
                while (member.find()) {
                    shape.append(' ').append(member.group(1).equals("-->") ? "-->" : "o").append(member.group(2))
                            .append(member.group(3) == null ? "" : "[]").append(':').append(member.group(4))
                            .append(member.group(5).contains("optional") ? "?" : "");
                }
            }
            expected.put(name, shape.toString());
        }

        Map<String, String> actual = new LinkedHashMap<>();
        for (TypeInfo type : ModelInfo.system().types().values()) {
            StringBuilder shape = new StringBuilder(type.kind().name()).append(type.isAbstract() ? " abstract" : "");
            if (type.kind() == TypeInfo.Kind.ENUM) {
                type.enumValues().forEach(v -> shape.append(' ').append(v));
            }
            for (FieldInfo field : type.fields()) {
                String simpleType = field.type().substring(field.type().lastIndexOf('.') + 1);
                shape.append(' ').append(field.relationship() ? "-->" : "o").append(simpleType)
                        .append(field.array() ? "[]" : "").append(':').append(field.name())
                        .append(field.optional() ? "?" : "");
            }
            actual.put(type.qualifiedName(), shape.toString());
        }

        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void givesEveryConcreteSystemTypeTheBaseOfItsKind() {
        ModelInfo system = ModelInfo.system();
        List<String> roots = List.of("Asset", "Participant", "Transaction", "Event");
        for (TypeInfo type : system.types().values()) {
            if (type.kind() == TypeInfo.Kind.ENUM || roots.contains(type.simpleName())) {
                continue;
            }
            String base = ModelInfo.SYSTEM_NAMESPACE + "." + type.kind().name().charAt(0)
                    + type.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT);
            assertThat(system.isAssignable(type.qualifiedName(), base)).as(type.qualifiedName()).isTrue();
        }
    }
}
