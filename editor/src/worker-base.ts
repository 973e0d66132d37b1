/**
 * The default location of the worker bundles: the directory of this module, which the ES module
 * builds put next to them. Imported for its effect by the ES module entries only (index.ts,
 * preview-element.ts): a classic-script bundle (format iife, such as the VS Code webview's) has no
 * module URL and is built from preview-classic.ts, which does not import it.
 */
import { setModuleBase } from './config.js';

setModuleBase(new URL('./', import.meta.url).href);
