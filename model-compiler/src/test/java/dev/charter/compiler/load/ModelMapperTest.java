package dev.charter.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.NetworkChecker;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.TypeRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelMapperTest {

    @TempDir
    Path network;

    @Test
    void mapsEveryPrimitiveIncludingStringToAPrimitiveRef() throws IOException {
        Files.createDirectories(network.resolve("models"));
        Files.writeString(network.resolve("models/m.cto"), """
                namespace org.example
                concept Values {
                  o String s
                  o Boolean b
                  o DateTime d
                  o Integer i
                  o Long l
                  o Double x
                }
                """);
        var values = (ClassDeclaration) new NetworkChecker().check(network).network().type("org.example.Values")
                .orElseThrow();

        assertThat(values.properties()).extracting(p -> p.type() instanceof TypeRef.PrimitiveRef ref ? ref.primitive() : null)
                .containsExactly(Primitive.STRING, Primitive.BOOLEAN, Primitive.DATE_TIME, Primitive.INTEGER,
                        Primitive.LONG, Primitive.DOUBLE);
    }
}
