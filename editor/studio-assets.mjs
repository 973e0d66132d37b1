// Where the built studio page lives inside this package (served by `fieldcode studio`).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the directory holding the studio page, its scripts, workers and styles. */
export const studioAssetsDir = join(dirname(fileURLToPath(import.meta.url)), 'demo-dist');
