/**
 * The language server bundled with the extension: `fieldcode lsp` on stdio. VS Code adds
 * `--stdio` and `--clientProcessId=N` to the arguments; the server always talks over stdio.
 */
import { runLanguageServer } from '@fieldcode/cli/lsp';

process.exitCode = await runLanguageServer();
