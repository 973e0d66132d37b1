/** Bearer-token authentication of the render service. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

/** Environment variable holding the token when `--token-file` is not given. */
export const tokenEnvironmentVariable = 'FIELDCODE_SERVE_TOKEN';

/** Shortest token accepted: anything shorter is guessable. */
const minTokenLength = 16;

/** The token from `--token-file` (first line) or the environment; undefined when neither is set. */
export function loadToken(
  tokenFile: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  shown = tokenFile,
): string | undefined {
  let token: string | undefined;
  if (tokenFile !== undefined) {
    try {
      token = readFileSync(tokenFile, 'utf8').split(/\r?\n/, 1)[0]!.trim();
    } catch (error) {
      throw new UsageError(`serve: cannot read --token-file ${shown} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else {
    const value = env[tokenEnvironmentVariable];
    token = value === undefined || value.trim() === '' ? undefined : value.trim();
  }
  if (token !== undefined && token.length < minTokenLength) {
    throw new UsageError(`serve: the token must be at least ${minTokenLength} characters (e.g. 'openssl rand -hex 32')`);
  }
  if (tokenFile !== undefined && token === undefined) throw new UsageError(`serve: --token-file ${shown} is empty`);
  return token;
}

/** Checks `Authorization: Bearer …` in constant time (both sides hashed to the same length). */
export function bearerChecker(token: string): (header: string | undefined) => boolean {
  const expected = createHash('sha256').update(token).digest();
  return (header) => {
    const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match === null) return false;
    return timingSafeEqual(createHash('sha256').update(match[1]!).digest(), expected);
  };
}
