// Activation paths against a fake `vscode` module: what the extension starts and registers, and the
// preview panel's page and messages.
import { describe, expect, it, vi } from 'vitest';
import type * as vscode from 'vscode';
import { activateWith, clientOptions, serverOptions, type ClientFactory, type VscodeApi } from './activate.js';
import { formatOf, previewHtml } from './preview.js';

/** A `vscode.Uri` stand-in for `file:` paths. */
function fileUri(path: string): vscode.Uri {
  return { fsPath: path, path, scheme: 'file', toString: () => `file://${path}` } as unknown as vscode.Uri;
}

interface FakePanel {
  title: string;
  options: unknown;
  webview: { html: string; cspSource: string; posted: unknown[]; receive?: (m: unknown) => void };
  disposeListener?: () => void;
  revealed: number;
}

function fakeVscode(settings: Record<string, string> = {}, folder = '/work/project') {
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const executed: unknown[][] = [];
  const panels: FakePanel[] = [];
  const messages: string[] = [];
  const watchers: string[] = [];
  let changeListener: ((event: { document: vscode.TextDocument }) => void) | undefined;
  const state = { activeDocument: undefined as vscode.TextDocument | undefined };
  const api = {
    Uri: { joinPath: (base: vscode.Uri, ...parts: string[]) => fileUri([base.fsPath, ...parts].join('/')) },
    ViewColumn: { Beside: -2 },
    commands: {
      registerCommand: (id: string, run: (...args: unknown[]) => unknown) => {
        commands.set(id, run);
        return { dispose: () => commands.delete(id) };
      },
      executeCommand: async (...args: unknown[]) => {
        executed.push(args);
      },
    },
    workspace: {
      workspaceFolders: [{ uri: fileUri(folder) }],
      getConfiguration: (section: string) => ({ get: (key: string, fallback: string) => settings[`${section}.${key}`] ?? fallback }),
      createFileSystemWatcher: (glob: string) => {
        watchers.push(glob);
        return { glob };
      },
      onDidChangeTextDocument: (listener: typeof changeListener) => {
        changeListener = listener;
        return { dispose: () => (changeListener = undefined) };
      },
    },
    window: {
      get activeTextEditor() {
        return state.activeDocument ? { document: state.activeDocument } : undefined;
      },
      showInformationMessage: async (message: string) => {
        messages.push(message);
      },
      createWebviewPanel: (_type: string, title: string, _column: unknown, options: unknown) => {
        const panel: FakePanel = { title, options, webview: { html: '', cspSource: 'vscode-webview://csp', posted: [] }, revealed: 0 };
        panels.push(panel);
        return {
          webview: {
            get html() {
              return panel.webview.html;
            },
            set html(value: string) {
              panel.webview.html = value;
            },
            cspSource: panel.webview.cspSource,
            asWebviewUri: (uri: vscode.Uri) => ({ toString: () => `vscode-webview://res${uri.fsPath}` }),
            postMessage: async (message: unknown) => {
              panel.webview.posted.push(message);
              return true;
            },
            onDidReceiveMessage: (listener: (m: unknown) => void) => {
              panel.webview.receive = listener;
              return { dispose: () => (panel.webview.receive = undefined) };
            },
          },
          reveal: () => {
            panel.revealed++;
          },
          onDidDispose: (listener: () => void) => {
            panel.disposeListener = listener;
            return { dispose() {} };
          },
          dispose: () => panel.disposeListener?.(),
        };
      },
    },
  };
  return {
    api: api as unknown as VscodeApi,
    commands,
    executed,
    panels,
    messages,
    watchers,
    state,
    change: (d: vscode.TextDocument) => changeListener?.({ document: d }),
  };
}

function document(path: string, text: string, languageId = 'json'): vscode.TextDocument {
  let current = text;
  return {
    uri: fileUri(path),
    fileName: path,
    languageId,
    getText: () => current,
    set text(value: string) {
      current = value;
    },
  } as unknown as vscode.TextDocument;
}

function context(): vscode.ExtensionContext {
  return { extensionUri: fileUri('/ext'), subscriptions: [] } as unknown as vscode.ExtensionContext;
}

describe('server options', () => {
  it('run the bundled server over stdio by default', () => {
    const { api } = fakeVscode();
    expect(serverOptions(api, fileUri('/ext'), '')).toEqual({
      run: { module: '/ext/dist/server.mjs', transport: 0 },
      debug: { module: '/ext/dist/server.mjs', transport: 0 },
    });
  });

  it('run `fieldcode lsp --stdio` from fieldcode.server.path, relative to the workspace folder', () => {
    const { api } = fakeVscode();
    expect(serverOptions(api, fileUri('/ext'), 'node_modules/.bin/fieldcode')).toEqual({
      command: '/work/project/node_modules/.bin/fieldcode',
      args: ['lsp', '--stdio'],
      options: { cwd: '/work/project' },
    });
    expect(serverOptions(api, fileUri('/ext'), '/usr/local/bin/fieldcode')).toMatchObject({ command: '/usr/local/bin/fieldcode' });
  });

  it('select JSON and text files, ask for completion again after objects, and watch configs', () => {
    const { api, watchers } = fakeVscode();
    const options = clientOptions(api);
    expect(options.documentSelector).toEqual([
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'fieldcode' },
      { scheme: 'file', language: 'plaintext', pattern: '**/*.txt' },
      { scheme: 'untitled', language: 'json' },
    ]);
    expect(options.initializationOptions).toEqual({ triggerSuggestCommand: 'editor.action.triggerSuggest' });
    expect(watchers).toEqual(['**/{fieldcode.config.json,*.schema.json}']);
  });
});

describe('activation', () => {
  it('starts the client, registers the commands and sets the context key', async () => {
    const fake = fakeVscode({ 'fieldcode.server.path': '' });
    const started: string[] = [];
    const createClient = vi.fn<ClientFactory>((id) => ({
      start: async () => void started.push(`start ${id}`),
      stop: async () => void started.push(`stop ${id}`),
    }));
    const ctx = context();
    await activateWith(fake.api, ctx, createClient);
    expect(createClient).toHaveBeenCalledTimes(1);
    expect(createClient.mock.calls[0]!.slice(0, 3)).toEqual([
      'fieldcode',
      'fieldcode',
      { run: { module: '/ext/dist/server.mjs', transport: 0 }, debug: { module: '/ext/dist/server.mjs', transport: 0 } },
    ]);
    expect(started).toEqual(['start fieldcode']);
    expect([...fake.commands.keys()]).toEqual(['fieldcode.preview', 'fieldcode.restartServer']);
    expect(fake.executed).toEqual([['setContext', 'fieldcode.active', true]]);
    expect(ctx.subscriptions).toHaveLength(3);

    await fake.commands.get('fieldcode.restartServer')!();
    expect(started).toEqual(['start fieldcode', 'stop fieldcode', 'start fieldcode']);
    expect(createClient).toHaveBeenCalledTimes(2);
  });

  it('opens a preview that receives the text when ready and on every change', async () => {
    const fake = fakeVscode();
    await activateWith(fake.api, context(), () => ({ start: async () => {}, stop: async () => {} }));

    await fake.commands.get('fieldcode.preview')!();
    expect(fake.messages).toEqual(['fieldcode: open a standard response (.json or .txt) to preview it.']);
    expect(fake.panels).toHaveLength(0);

    const doc = document('/work/project/welcome.txt', 'Hi <$ Contact.FirstName $>', 'plaintext');
    fake.state.activeDocument = doc;
    await fake.commands.get('fieldcode.preview')!();
    expect(fake.panels).toHaveLength(1);
    const panel = fake.panels[0]!;
    expect(panel.title).toBe('Preview welcome.txt');
    expect(panel.options).toEqual({ enableScripts: true, localResourceRoots: [expect.objectContaining({ fsPath: '/ext/dist' })] });
    expect(panel.webview.html).toMatch(
      /<script nonce="[A-Za-z0-9+/=]{24}" src="vscode-webview:\/\/res\/ext\/dist\/webview.js"><\/script>/u,
    );
    expect(panel.webview.html).toContain("default-src 'none'; script-src 'nonce-");
    expect(panel.webview.posted).toEqual([]);

    panel.webview.receive!({ type: 'ready' });
    expect(panel.webview.posted).toEqual([{ type: 'update', source: 'Hi <$ Contact.FirstName $>', format: 'text' }]);

    (doc as unknown as { text: string }).text = 'Bye <$ Contact.FirstName $>';
    fake.change(doc);
    expect(panel.webview.posted.at(-1)).toEqual({ type: 'update', source: 'Bye <$ Contact.FirstName $>', format: 'text' });
    fake.change(document('/work/project/other.json', '{}'));
    expect(panel.webview.posted).toHaveLength(2);

    await fake.commands.get('fieldcode.preview')!();
    expect(fake.panels).toHaveLength(1);
    expect(panel.revealed).toBe(1);
  });
});

describe('preview page', () => {
  it('allows only its own script, styles and images', () => {
    expect(previewHtml('vscode-webview://csp', 'vscode-webview://res/webview.js', 'abc')).toBe(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-abc'; style-src vscode-webview://csp 'unsafe-inline'; img-src vscode-webview://csp https: data:; media-src vscode-webview://csp https:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>fieldcode preview</title>
</head>
<body>
<fieldcode-preview></fieldcode-preview>
<script nonce="abc" src="vscode-webview://res/webview.js"></script>
</body>
</html>
`);
  });

  it('reads .txt files and the fieldcode language as field-code text, the rest as JSON', () => {
    expect(formatOf({ fileName: '/a/welcome.txt', languageId: 'plaintext' })).toBe('text');
    expect(formatOf({ fileName: '/a/welcome.fieldcode.txt', languageId: 'fieldcode' })).toBe('text');
    expect(formatOf({ fileName: '/a/reply.json', languageId: 'json' })).toBe('json');
  });
});
