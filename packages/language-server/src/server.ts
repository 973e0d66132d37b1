/**
 * The fieldcode language server: diagnostics from the lint core with the project's config,
 * completion, signature help, hover, quick fixes and "fix all", semantic tokens and `$schema`
 * links, for `.json` standard responses and `.txt` field-code responses.
 */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { completion, hover, signatureHelp, type AssistOptions } from './assist.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { toLspDiagnostic } from './diagnostics.js';
import { isResponseDocument, pathOfUri, ResponseDocument } from './documents.js';
import { ProjectError, type ProjectHost, type ProjectSettings } from './host.js';
import { documentLinks } from './links.js';
import { legend, semanticTokens } from './semantic-tokens.js';

/** Name of the config file whose change re-lints every open response. */
const CONFIG_FILE = 'fieldcode.config.json';

export interface LanguageServerOptions {
  host: ProjectHost;
  /** Streams of the connection (default: the process's stdin and stdout). */
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Reported to the client as `serverInfo.version`. */
  version?: string;
}

export interface RunningLanguageServer {
  connection: Connection;
  /** Resolves when the client sends `exit` or the input stream ends. */
  closed: Promise<void>;
}

/** A project: its settings, or why its config could not be loaded. */
type Project = { settings: ProjectSettings; error?: undefined } | { settings?: undefined; error: ProjectError };

/** Starts the server on the given streams (stdio by default) and returns at once. */
export function startLanguageServer(options: LanguageServerOptions): RunningLanguageServer {
  const { host } = options;
  const connection = createConnection(ProposedFeatures.all, options.input ?? process.stdin, options.output ?? process.stdout);
  const documents = new TextDocuments(TextDocument);
  const projects = new Map<string, Promise<Project>>();
  const current = new Map<string, ResponseDocument>();
  /** Config files (and files they name) that currently show a load error. */
  const errorFiles = new Set<string>();
  let assistOptions: AssistOptions = {};
  let watchRegistration = false;

  const projectOf = (path: string | undefined): Promise<Project> | undefined => {
    const configPath = path === undefined ? undefined : host.findConfig(path);
    if (configPath === undefined) return undefined;
    let project = projects.get(configPath);
    if (project === undefined) {
      project = host.loadProject(configPath, configPath.slice(0, -CONFIG_FILE.length - 1)).then(
        (settings): Project => ({ settings }),
        (error: unknown): Project => ({
          error:
            error instanceof ProjectError ? error : new ProjectError(error instanceof Error ? error.message : String(error), configPath),
        }),
      );
      projects.set(configPath, project);
    }
    return project;
  };

  /** The response document of a URI's current version, or undefined when the file is not a response. */
  const responseOf = async (uri: string): Promise<{ doc?: ResponseDocument; project?: Project }> => {
    const document = documents.get(uri);
    if (!document) return {};
    const cached = current.get(uri);
    if (cached && cached.version === document.version) return { doc: cached };
    const path = pathOfUri(uri);
    const project = await projectOf(path);
    if (documents.get(uri) !== document) return {};
    const settings = project?.settings;
    if (!isResponseDocument(path, document.getText(), settings)) {
      // A project whose config failed still marks its files, so the failure is visible in them.
      return project?.error ? { project } : {};
    }
    const doc = new ResponseDocument(document, path, settings);
    current.set(uri, doc);
    return { doc, project };
  };

  const validate = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const { doc, project } = await responseOf(uri);
    if (documents.get(uri)?.version !== version) return; // a newer version is on its way
    const diagnostics: Diagnostic[] = [];
    if (project?.error) diagnostics.push(configErrorDiagnostic(project.error, document.uri));
    if (doc) diagnostics.push(...doc.lint().diagnostics.map((d) => toLspDiagnostic(doc.document, d, host.docsUrl(d.code))));
    await connection.sendDiagnostics({ uri, version, diagnostics });
  };

  const publishProjectErrors = async (): Promise<void> => {
    const failing = new Map<string, ProjectError>();
    for (const project of projects.values()) {
      const loaded = await project;
      if (loaded.error) failing.set(loaded.error.filePath, loaded.error);
    }
    for (const path of errorFiles) {
      if (!failing.has(path)) await connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [] });
    }
    errorFiles.clear();
    for (const [path, error] of failing) {
      errorFiles.add(path);
      await connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [configErrorDiagnostic(error)] });
    }
  };

  const revalidateAll = async (): Promise<void> => {
    current.clear();
    for (const document of documents.all()) await validate(document.uri);
    await publishProjectErrors();
  };

  /** Drops the loaded projects when a config or a file a config names changed, and re-lints. */
  const changedFiles = async (paths: readonly string[]): Promise<void> => {
    const loaded = await Promise.all(projects.values());
    const watched = new Set(loaded.flatMap((p) => (p.settings ? [...p.settings.watchedFiles] : [p.error.filePath])));
    if (!paths.some((path) => basename(path) === CONFIG_FILE || watched.has(path))) return;
    projects.clear();
    await revalidateAll();
  };

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as Record<string, unknown>;
    if (typeof init['triggerSuggestCommand'] === 'string') assistOptions = { triggerSuggestCommand: init['triggerSuggestCommand'] };
    watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: ['$', '.', ' ', '('] },
        signatureHelpProvider: { triggerCharacters: ['(', ','], retriggerCharacters: [','] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        semanticTokensProvider: { legend, full: true },
        documentLinkProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'fieldcode', ...(options.version ? { version: options.version } : {}) },
    };
  });

  connection.onInitialized(() => {
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: '**/*.schema.json' }],
      });
    }
  });

  // Fired on open too, so a document is linted once per version.
  documents.onDidChangeContent((event) => void validate(event.document.uri));
  documents.onDidSave((event) => {
    const path = pathOfUri(event.document.uri);
    if (path !== undefined) void changedFiles([path]);
  });
  documents.onDidClose((event) => {
    current.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles((params) => {
    void changedFiles(params.changes.flatMap((change) => pathOfUri(change.uri) ?? []));
  });

  connection.onCompletion(async (params) => {
    const { doc } = await responseOf(params.textDocument.uri);
    return doc ? completion(doc, params.position, assistOptions) : [];
  });
  connection.onSignatureHelp(async (params) => {
    const { doc } = await responseOf(params.textDocument.uri);
    return doc ? signatureHelp(doc, params.position) : null;
  });
  connection.onHover(async (params) => {
    const { doc } = await responseOf(params.textDocument.uri);
    return doc ? hover(doc, params.position) : null;
  });
  connection.onCodeAction(async (params) => {
    const { doc } = await responseOf(params.textDocument.uri);
    return doc ? codeActions(doc, params, host) : [];
  });
  connection.languages.semanticTokens.on(async (params) => {
    const { doc } = await responseOf(params.textDocument.uri);
    return doc ? semanticTokens(doc) : { data: [] };
  });
  connection.onDocumentLinks(async (params) => {
    const { doc } = await responseOf(params.textDocument.uri);
    return doc ? documentLinks(doc) : [];
  });

  const closed = new Promise<void>((resolve) => {
    connection.onExit(() => resolve());
    connection.onShutdown(() => undefined);
  });
  documents.listen(connection);
  connection.listen();
  return { connection, closed };
}

/** The diagnostic telling that the project's config could not be loaded (on the config, or on a response of it). */
function configErrorDiagnostic(error: ProjectError, onResponse?: string): Diagnostic {
  const lines = [error.message, ...error.details];
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 1,
    code: 'invalid-config',
    source: 'fieldcode',
    message: onResponse === undefined ? lines.join('\n') : `Not linted: ${lines.join('\n')}`,
  };
}
