/**
 * The extension's activation, written against the `vscode` API it is given (the real module in
 * extension.ts, a fake in the unit tests): starts the language client, registers the commands.
 */
import type * as vscode from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { PreviewPanels } from './preview.js';

/** The parts of the `vscode` module the extension uses. */
export type VscodeApi = Pick<typeof vscode, 'commands' | 'window' | 'workspace' | 'Uri' | 'ViewColumn'>;

/** The language client as the extension uses it. */
export interface Client {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Creates the language client (`new LanguageClient(…)` in the extension). */
export type ClientFactory = (id: string, name: string, server: ServerOptions, options: LanguageClientOptions) => Client;

/** What the extension's `activate` leaves running. */
export interface Activated {
  client: Client;
  previews: PreviewPanels;
}

/** TransportKind.stdio of vscode-languageclient (a const enum there, so not importable at run time). */
const STDIO = 0;

/** Files the server looks at: JSON and text files on disk, and unsaved JSON (linted by its `$schema`). */
export const documentSelector = [
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'fieldcode' },
  { scheme: 'file', language: 'plaintext', pattern: '**/*.txt' },
  { scheme: 'untitled', language: 'json' },
];

/**
 * How to start the server: the one bundled with the extension (dist/server.mjs, run by VS Code's
 * Node), or `fieldcode lsp --stdio` from the `fieldcode.server.path` setting (relative paths are
 * resolved against the first workspace folder).
 */
export function serverOptions(api: VscodeApi, extensionUri: vscode.Uri, configuredPath: string): ServerOptions {
  if (configuredPath.trim() === '') {
    const module = api.Uri.joinPath(extensionUri, 'dist', 'server.mjs').fsPath;
    return { run: { module, transport: STDIO }, debug: { module, transport: STDIO } };
  }
  const folder = api.workspace.workspaceFolders?.[0]?.uri;
  const isAbsolute = configuredPath.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(configuredPath);
  const command = isAbsolute || folder === undefined ? configuredPath : api.Uri.joinPath(folder, configuredPath).fsPath;
  return { command, args: ['lsp', '--stdio'], options: folder ? { cwd: folder.fsPath } : {} };
}

/** The client options: the document selector, the completion re-trigger command, the config watcher. */
export function clientOptions(api: VscodeApi): LanguageClientOptions {
  return {
    documentSelector,
    initializationOptions: { triggerSuggestCommand: 'editor.action.triggerSuggest' },
    synchronize: { fileEvents: api.workspace.createFileSystemWatcher('**/{fieldcode.config.json,*.schema.json}') },
  };
}

/** Starts the client and registers `fieldcode.preview` and `fieldcode.restartServer`. */
export async function activateWith(api: VscodeApi, context: vscode.ExtensionContext, createClient: ClientFactory): Promise<Activated> {
  const configuredPath = api.workspace.getConfiguration('fieldcode').get<string>('server.path', '');
  let client = createClient('fieldcode', 'fieldcode', serverOptions(api, context.extensionUri, configuredPath), clientOptions(api));
  const previews = new PreviewPanels(api, context.extensionUri);
  const activated: Activated = { client, previews };
  context.subscriptions.push(
    previews,
    api.commands.registerCommand('fieldcode.preview', () => previews.openActive()),
    api.commands.registerCommand('fieldcode.restartServer', async () => {
      await activated.client.stop();
      const path = api.workspace.getConfiguration('fieldcode').get<string>('server.path', '');
      client = createClient('fieldcode', 'fieldcode', serverOptions(api, context.extensionUri, path), clientOptions(api));
      activated.client = client;
      await client.start();
    }),
  );
  await api.commands.executeCommand('setContext', 'fieldcode.active', true);
  await client.start();
  return activated;
}
