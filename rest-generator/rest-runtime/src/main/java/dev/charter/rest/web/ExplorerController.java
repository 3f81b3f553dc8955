package dev.charter.rest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The generated OpenAPI 3 document at {@value #DOCUMENT_PATH} and Swagger UI at {@code /explorer}, showing that
 * document (not one derived from the controllers): what the generator wrote is what clients see.
 */
@RestController
public class ExplorerController {

    /** Where the generated application keeps its OpenAPI document on the class path. */
    public static final String DOCUMENT_RESOURCE = "charter/openapi.json";
    public static final String DOCUMENT_PATH = "/openapi.json";

    private final byte[] document;

    public ExplorerController(ClassLoader applicationClassLoader) {
        try (InputStream in = applicationClassLoader.getResourceAsStream(DOCUMENT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The application has no " + DOCUMENT_RESOURCE
                        + "; regenerate it with charter generate rest");
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(path = DOCUMENT_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public byte[] document() {
        return document;
    }

    @GetMapping("/explorer")
    public ResponseEntity<Void> explorer() {
        return ResponseEntity.status(302).header("Location", "/explorer/index.html").build();
    }

    /** Replaces the web jar's initializer, which would show the Swagger pet store. */
    @GetMapping(path = "/explorer/swagger-initializer.js", produces = "application/javascript")
    public String initializer() {
        return """
                window.onload = function () {
                  window.ui = SwaggerUIBundle({ url: "%s", dom_id: "#swagger-ui", deepLinking: true,
                    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout" });
                };
                """.formatted(DOCUMENT_PATH);
    }
}
