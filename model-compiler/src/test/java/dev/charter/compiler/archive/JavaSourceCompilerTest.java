package dev.charter.compiler.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.runtime.resource.Resource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaSourceCompilerTest {

    private static final String RAW_LIST = """
            package org.example;

            public class Raw {
                public java.util.List names() {
                    return new java.util.ArrayList<String>();
                }
            }
            """;

    @Test
    void compilesSourcesAgainstTheRuntimeToClassFilesInMemory() {
        Map<String, byte[]> classes = new JavaSourceCompiler().compile(Map.of(
                "org/example/Gold.java", """
                        package org.example;

                        public class Gold extends dev.charter.runtime.resource.Asset {
                            private String symbol;

                            @Override
                            public String $class() {
                                return "org.example.Gold";
                            }

                            @Override
                            public String $identifier() {
                                return symbol;
                            }

                            /** A nested class has a class file of its own. */
                            public enum Purity { FINE, COARSE }
                        }
                        """));

        assertThat(classes).containsOnlyKeys("org/example/Gold.class", "org/example/Gold$Purity.class");
        // A class file starts with 0xCAFEBABE, then the Java 17 major version (61) at bytes 6-7.
        assertThat(classes.get("org/example/Gold.class")).startsWith(0xCA, 0xFE, 0xBA, 0xBE);
        assertThat(classes.get("org/example/Gold.class")[7]).isEqualTo((byte) 61);
    }

    @Test
    void compilesTheTradeNetwork() {
        Map<String, String> sources = new java.util.TreeMap<>(TradingFixture.texts(TradingFixture.root().resolve("java")));
        sources.putAll(TradingFixture.texts(TradingFixture.root().resolve("contract-v2")));

        assertThat(new JavaSourceCompiler().compile(sources)).hasSize(5);
    }

    @Test
    void reportsErrorsWithPathLineAndMessage() {
        assertThatThrownBy(() -> new JavaSourceCompiler().compile(Map.of(
                "org/example/Broken.java", """
                        package org.example;

                        public class Broken {
                            Missing field;
                        }
                        """)))
                .isInstanceOf(CompilationFailedException.class)
                .hasMessage("""
                        The generated Java code does not compile; this is a bug in Charter, please report it:
                        org/example/Broken.java:4: cannot find symbol
                          symbol:   class Missing
                          location: class org.example.Broken""")
                .satisfies(e -> assertThat(((CompilationFailedException) e).problems())
                        .containsExactly(new CompilationFailedException.Problem("org/example/Broken.java", 4,
                                "cannot find symbol\n  symbol:   class Missing\n  location: class org.example.Broken")));
    }

    @Test
    void checksThatAPublicClassIsInAFileOfItsName() {
        assertThatThrownBy(() -> new JavaSourceCompiler().compile(Map.of(
                "org/example/Silver.java", "package org.example;\npublic class Gold { }\n")))
                .hasMessageContaining("org/example/Silver.java:2: class Gold is public, should be declared in a file named Gold.java");
    }

    @Test
    void treatsWarningsAsErrorsByDefault() {
        assertThatThrownBy(() -> new JavaSourceCompiler().compile(Map.of("org/example/Raw.java", RAW_LIST)))
                .isInstanceOf(CompilationFailedException.class)
                .hasMessageContaining("org/example/Raw.java:4: found raw type: java.util.List")
                .hasMessageContaining("warnings found and -Werror specified");
    }

    @Test
    void acceptsWarningsWhenAsked() {
        assertThat(new JavaSourceCompiler(false).compile(Map.of("org/example/Raw.java", RAW_LIST)))
                .containsOnlyKeys("org/example/Raw.class");
    }

    @Test
    void saysClearlyWhenJavaHasNoCompiler() {
        assertThatThrownBy(() -> new JavaSourceCompiler(null, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Compiling a network needs the Java compiler")
                .hasMessageContaining("run Charter on a JDK 17 or newer, not a JRE");
    }

    @Test
    void compilesAgainstWhereTheRuntimeAndJacksonWereLoadedFrom() throws Exception {
        Path runtime = Path.of(Resource.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        assertThat(JavaSourceCompiler.classPath()).first().isEqualTo(runtime);
        assertThat(JavaSourceCompiler.classPath()).hasSize(4).allSatisfy(path -> assertThat(Files.exists(path)).isTrue())
                .anySatisfy(path -> assertThat(path.getFileName().toString()).startsWith("jackson-annotations"));
    }
}
