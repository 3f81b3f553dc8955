package dev.charter.eclipse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The connection LSP4E uses, run outside Eclipse on the server jar the build bundles. */
class CharterLanguageServerConnectionTest {

    private static final Path BUNDLED_JAR = Path.of("target/classes", CharterLanguageServerConnection.SERVER_JAR);

    @Test
    void startsTheBundledServerAndSpeaksLspOnItsStreams() throws Exception {
        CharterLanguageServerConnection connection =
                new CharterLanguageServerConnection(CharterLanguageServerConnection.javaOfThisEclipse(), BUNDLED_JAR);
        connection.start();
        try {
            String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                    + "\"rootUri\":null,\"capabilities\":{}}}";
            OutputStream out = connection.getOutputStream();
            byte[] body = initialize.getBytes(StandardCharsets.UTF_8);
            out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();

            String response = readMessage(connection.getInputStream());
            assertThat(response).contains("\"id\":1").contains("\"capabilities\"").contains("\"completionProvider\"");
        } finally {
            connection.stop();
        }
    }

    @Test
    void saysWhichJarIsMissing() {
        CharterLanguageServerConnection connection = new CharterLanguageServerConnection(
                CharterLanguageServerConnection.javaOfThisEclipse(), Path.of("no/such/server.jar"));

        assertThatThrownBy(connection::start).isInstanceOf(IOException.class)
                .hasMessageContaining("missing from the plug-in").hasMessageContaining("no/such/server.jar");
    }

    @Test
    void connectionsToTheSameServerAreEqualSoLsp4eStartsItOnce() {
        Path java = CharterLanguageServerConnection.javaOfThisEclipse();
        assertThat(new CharterLanguageServerConnection(java, BUNDLED_JAR))
                .isEqualTo(new CharterLanguageServerConnection(java, BUNDLED_JAR))
                .hasSameHashCodeAs(new CharterLanguageServerConnection(java, BUNDLED_JAR));
        assertThat(new CharterLanguageServerConnection(java, BUNDLED_JAR).command())
                .containsExactly(java.toString(), "-jar", BUNDLED_JAR.toString());
    }

    /** Reads one LSP message (Content-Length framing) and returns its JSON. */
    private static String readMessage(InputStream in) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The server closed its output; header so far: " + header);
            }
            header.write(b);
        }
        String length = header.toString(StandardCharsets.US_ASCII).replaceAll("(?s).*Content-Length: (\\d+).*", "$1");
        return new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
    }
}
