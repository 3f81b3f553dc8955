package dev.charter.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A declaration's doc comment, as ModelFile keeps it for generated javadoc. */
class DocCommentTest {

    private static String before(String text, String declaration) {
        return ModelMapper.docComment(text, text.indexOf(declaration)).orElse(null);
    }

    @Test
    void aDocCommentRightBeforeADeclarationIsItsTextWithoutDelimitersOrLeadingAsterisks() {
        String model = "namespace a\n\n/**\n * Something sold,\n * with reviewers.\n */\n\nasset Product identified by sku {}";
        assertThat(before(model, "asset Product")).isEqualTo("Something sold,\nwith reviewers.");
        assertThat(before("/** One line. */ concept A {}", "concept A")).isEqualTo("One line.");
    }

    @Test
    void plainCommentsEmptyDocCommentsAndOtherTextAreNoDocumentation() {
        assertThat(before("/* not javadoc */\nconcept A {}", "concept A")).isNull();
        assertThat(before("/** doc of A */ concept A {}\n/* plain */ concept B {}", "concept B")).isNull();
        assertThat(before("/** doc of A */ concept A {}\nconcept B {}", "concept B")).isNull();
        assertThat(before("/***/ concept A {}", "concept A")).isNull();
        assertThat(before("concept A {}", "concept A")).isNull();
    }
}
