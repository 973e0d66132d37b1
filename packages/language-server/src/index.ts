/**
 * `@fieldcode/language-server` — the Language Server Protocol server behind `fieldcode lsp`, for
 * any LSP editor (the VS Code extension in editors/vscode, Neovim, …). See docs/language-server.md.
 */
export { startLanguageServer, type LanguageServerOptions, type RunningLanguageServer } from './server.js';
export { ProjectError, type ProjectHost, type ProjectSettings } from './host.js';
export { TOKEN_TYPES } from './semantic-tokens.js';
export { FIX_ALL_KIND } from './code-actions.js';
