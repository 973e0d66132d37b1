/**
 * "fieldcode: Preview": the `<fieldcode-preview>` element of @fieldcode/editor in a webview beside
 * the editor, updated as the document changes. The webview runs only the bundled preview script
 * (dist/webview.js) under a strict Content-Security-Policy; the document text reaches it as a message.
 */
import type * as vscode from 'vscode';
import type { VscodeApi } from './activate.js';

/** Message from the extension to the webview. */
export interface UpdateMessage {
  type: 'update';
  source: string;
  format: 'json' | 'text';
}

/** The format the preview reads a document in: `.txt` (or the `fieldcode` language) as field-code text. */
export function formatOf(document: Pick<vscode.TextDocument, 'fileName' | 'languageId'>): 'json' | 'text' {
  return document.languageId === 'fieldcode' || /\.txt$/iu.test(document.fileName) ? 'text' : 'json';
}

/** The webview page: the preview element and its script, nothing else allowed. */
export function previewHtml(cspSource: string, scriptUri: string, nonce: string): string {
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} https: data:`,
    `media-src ${cspSource} https:`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>fieldcode preview</title>
</head>
<body>
<fieldcode-preview></fieldcode-preview>
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>
`;
}

/** A nonce for the script tag (base64 of 16 random bytes). */
function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The open preview panels, one per document. */
export class PreviewPanels {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly listeners: vscode.Disposable[] = [];

  constructor(
    private readonly api: VscodeApi,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.listeners.push(
      api.workspace.onDidChangeTextDocument((event) => {
        const panel = this.panels.get(event.document.uri.toString());
        if (panel) void panel.webview.postMessage(updateOf(event.document));
      }),
    );
  }

  /** Opens (or reveals) the preview of the active editor's document. */
  async openActive(): Promise<vscode.WebviewPanel | undefined> {
    const document = this.api.window.activeTextEditor?.document;
    if (!document) {
      await this.api.window.showInformationMessage('fieldcode: open a standard response (.json or .txt) to preview it.');
      return undefined;
    }
    return this.open(document);
  }

  /** Opens (or reveals) the preview of a document. */
  open(document: vscode.TextDocument): vscode.WebviewPanel {
    const key = document.uri.toString();
    const existing = this.panels.get(key);
    if (existing) {
      existing.reveal(this.api.ViewColumn.Beside, true);
      return existing;
    }
    const scripts = this.api.Uri.joinPath(this.extensionUri, 'dist');
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    const panel = this.api.window.createWebviewPanel(
      'fieldcode.preview',
      `Preview ${name}`,
      { viewColumn: this.api.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [scripts] },
    );
    const scriptUri = panel.webview.asWebviewUri(this.api.Uri.joinPath(scripts, 'webview.js')).toString();
    panel.webview.html = previewHtml(panel.webview.cspSource, scriptUri, makeNonce());
    // The page asks for the text once its script runs (a message posted earlier would be lost).
    const ready = panel.webview.onDidReceiveMessage((message: unknown) => {
      if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready') {
        void panel.webview.postMessage(updateOf(document));
      }
    });
    this.panels.set(key, panel);
    panel.onDidDispose(() => {
      ready.dispose();
      this.panels.delete(key);
    });
    return panel;
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    for (const listener of this.listeners) listener.dispose();
  }
}

function updateOf(document: vscode.TextDocument): UpdateMessage {
  return { type: 'update', source: document.getText(), format: formatOf(document) };
}
