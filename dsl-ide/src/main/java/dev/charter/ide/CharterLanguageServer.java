package dev.charter.ide;

import org.eclipse.xtext.ide.server.ServerLauncher;

/**
 * {@code java -jar charter-language-server.jar}: the Charter language server, speaking LSP on
 * standard input and output. {@code -log} writes a log file, {@code -trace} traces messages to
 * standard error.
 */
public final class CharterLanguageServer {

    private CharterLanguageServer() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("Usage: java -jar charter-language-server.jar [-log] [-trace]");
            System.out.println("The Charter language server: LSP over standard input and output, for .cto, .acl, .qry and .logic files.");
            return;
        }
        ServerLauncher.launch(CharterLanguageServer.class.getName(), args, CharterServerModule.create());
    }
}
