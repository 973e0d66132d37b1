/** VS Code entry point: the real `vscode` module and language client handed to {@link activateWith}. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { activateWith, type Activated } from './activate.js';

let activated: Activated | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  activated = await activateWith(vscode, context, (id, name, server, options) => new LanguageClient(id, name, server, options));
}

export async function deactivate(): Promise<void> {
  await activated?.client.stop();
  activated = undefined;
}
