// Drives the real `fieldcode lsp --stdio` process over JSON-RPC (vscode-jsonrpc), as an editor does.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ensureBuilt } from '../cli/build.js';
import { bin } from '../cli/run.js';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  codeDescription?: { href: string };
}

interface Published {
  uri: string;
  version?: number;
  diagnostics: LspDiagnostic[];
}

/** A temporary project folder with the given files (paths relative to it). */
export function makeProject(files: Record<string, string>): {
  dir: string;
  uri(path: string): string;
  write(path: string, text: string): void;
  remove(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'fieldcode-lsp-'));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  return { dir, uri: (path) => pathToFileURL(join(dir, path)).href, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A started server with an initialized session. */
export class LspClient {
  private readonly published: Published[] = [];
  private readonly waiters: Array<{ match: (p: Published) => boolean; resolve: (p: Published) => void }> = [];
  private versions = new Map<string, number>();

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    readonly stderr: string[],
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.match(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
  }

  /** Spawns `fieldcode lsp --stdio` in `cwd` and runs `initialize`/`initialized`. */
  static async start(
    cwd: string,
    initializationOptions: Record<string, unknown> = {},
  ): Promise<{ client: LspClient; initialize: unknown }> {
    ensureBuilt();
    const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr: string[] = [];
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    const client = new LspClient(child, connection, stderr);
    const initialize = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(cwd).href,
      capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
      initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return { client, initialize };
  }

  /** The next diagnostics published for `uri` (at `version` when given). */
  diagnostics(uri: string, version?: number): Promise<LspDiagnostic[]> {
    const match = (p: Published): boolean => p.uri === uri && (version === undefined || p.version === version);
    return new Promise<Published>((resolve) => this.waiters.push({ match, resolve })).then((p) => p.diagnostics);
  }

  /** Opens a document and resolves with its first diagnostics. */
  async open(uri: string, text: string, languageId = uri.endsWith('.txt') ? 'plaintext' : 'json'): Promise<LspDiagnostic[]> {
    const published = this.diagnostics(uri, 1);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Replaces a document's text and resolves with the diagnostics of the new version. */
  async change(uri: string, text: string): Promise<LspDiagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.diagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return published;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** `shutdown` then `exit`; resolves with the process's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
