// The preview webview's script (dist/webview.js): `<fieldcode-preview>` for the browser, as one
// classic script (format iife: the webview loads it with a nonce under a strict CSP). Used by
// build.mjs, and by the webview's browser test (which builds it into a temporary file).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(extensionDir, '..', '..');

/** Bundles the webview script into `outfile`; resolves to esbuild's result (its `warnings` included). */
export function buildWebview(outfile) {
  return build({
    bundle: true,
    target: 'es2022',
    logLevel: 'warning',
    legalComments: 'none',
    sourcemap: false,
    entryPoints: [join(extensionDir, 'src', 'webview', 'main.ts')],
    outfile,
    format: 'iife',
    platform: 'browser',
    minify: true,
    // From the sources, as the editor's own build bundles its page (their dependencies resolve from
    // there). A classic script has no module URL: the preview element's classic entry, which has no
    // default worker location (the webview computes previews on its main thread, see docs/editor.md).
    alias: {
      '@fieldcode/editor/preview': join(repoRoot, 'editor', 'src', 'preview-classic.ts'),
      '@fieldcode/language': join(repoRoot, 'packages', 'language', 'src', 'index.ts'),
      '@fieldcode/content': join(repoRoot, 'packages', 'content', 'src', 'index.ts'),
    },
  });
}
