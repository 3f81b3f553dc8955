package dev.charter.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.CheckResult;
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

    @Test
    void mapsStringFieldsToThePrimitiveThoughStringIsTheEnumDefault(@TempDir Path network) throws IOException {
        Files.createDirectories(network.resolve("models"));
        Files.writeString(network.resolve("models/m.cto"), """
                namespace org.example
                asset Car identified by vin {
                  o String vin
                  o String[] owners
                  o Double price
                }
                """);
        CheckResult result = new NetworkChecker().check(network);

        ClassDeclaration car = (ClassDeclaration) result.network().type("org.example.Car").orElseThrow();
        assertThat(car.properties()).extracting(p -> p.type() instanceof TypeRef.PrimitiveRef primitive
                ? primitive.primitive() : null)
                .containsExactly(Primitive.STRING, Primitive.STRING, Primitive.DOUBLE);
    }
}
