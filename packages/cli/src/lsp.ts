/**
 * `@fieldcode/cli/lsp`: runs `fieldcode lsp` on stdin and stdout without the command line, for
 * hosts that bundle the server (the VS Code extension). Resolves with 0 when the client ends the session.
 */
import { processIo } from './io.js';

export async function runLanguageServer(): Promise<number> {
  const { run } = await import('./commands/lsp.js');
  return run(['--stdio'], processIo());
}
