import { readFileSync } from 'node:fs';

/** The CLI version, read from packages/cli/package.json (one level above both src/ and dist/). */
export function cliVersion(): string {
  const raw = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  const parsed = JSON.parse(raw) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}

/** Home of the project (the domain of the schema `$id`s), used as SARIF `informationUri` and to make rule docs links absolute. */
export const PROJECT_URL = 'https://fieldcode.dev';
