import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { findJava } from './java';
import { cliCommand, networkRoot } from './network';

const LANGUAGES = ['charter-model', 'charter-acl', 'charter-query', 'charter-logic'];
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  for (const command of ['check', 'compile', 'serve'] as const) {
    context.subscriptions.push(vscode.commands.registerCommand(`charter.${command}`, () => runCli(command)));
  }
  const config = vscode.workspace.getConfiguration('charter');
  const java = await findJava(config.get<string>('java.home'), process.env.JAVA_HOME);
  if (typeof java === 'string') {
    void vscode.window.showErrorMessage(java);
    return;
  }
  const serverOptions: ServerOptions = {
    command: java.executable,
    args: ['-jar', context.asAbsolutePath(path.join('server', 'charter-language-server.jar'))],
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.map((language) => ({ scheme: 'file', language })),
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{cto,acl,qry,logic}'),
    },
  };
  client = new LanguageClient('charter', 'Charter language server', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Runs the charter CLI on the network of the active file (or the first workspace folder) in a terminal. */
function runCli(command: 'check' | 'compile' | 'serve'): void {
  const active = vscode.window.activeTextEditor?.document.uri;
  const fromFile = active?.scheme === 'file' ? networkRoot(active.fsPath) : undefined;
  const network = fromFile ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!network) {
    void vscode.window.showErrorMessage('Charter: open a file of a network (models/*.cto, logic/*.logic, permissions.acl or queries.qry) first.');
    return;
  }
  const cli = vscode.workspace.getConfiguration('charter').get<string>('cli.path') || 'charter';
  const terminal = vscode.window.createTerminal({ name: `Charter ${command}`, cwd: network });
  terminal.show();
  terminal.sendText(cliCommand(cli, command, network));
}
