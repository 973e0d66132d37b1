import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, messageOf } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed flags and positionals of one command. */
export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Strict `util.parseArgs` whose failures become a one-line {@link UsageError}
 * (Node's own messages span several sentences and suggest `--` tricks).
 */
export function parseCommandArgs(command: string, argv: readonly string[], options: Options, allowPositionals: boolean): ParsedArgs {
  let values: ParsedArgs['values'];
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals });
    values = parsed.values as ParsedArgs['values'];
    positionals = parsed.positionals;
  } catch (error) {
    throw new UsageError(`${command}: ${describeParseError(error)} (see 'fieldcode ${command} --help')`);
  }
  // `--config=` gives an empty string: no option takes one, and read as a path it would name the
  // working directory. Said as parseArgs says a missing value.
  for (const [name, value] of Object.entries(values)) {
    const empty = value === '' || (Array.isArray(value) && (value as unknown[]).includes(''));
    if (empty) throw new UsageError(`${command}: option '--${name}' needs a value (see 'fieldcode ${command} --help')`);
  }
  return { values, positionals };
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = messageOf(error);
  const quoted = /'([^']*)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${quoted ?? message}'`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument '${quoted ?? message}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = /(--[\w-]+)/.exec(message)?.[1] ?? /(-\w)/.exec(message)?.[1];
      if (option === undefined) return firstSentence(message);
      if (message.includes('argument missing')) return `option '${option}' needs a value`;
      if (message.includes('ambiguous')) return `ambiguous value for '${option}' (write ${option}=VALUE for a value starting with '-')`;
      if (message.includes('does not take an argument')) return `option '${option}' does not take a value`;
      return firstSentence(message);
    }
    default:
      return firstSentence(message);
  }
}

function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return (end === -1 ? text : text.slice(0, end)).replace(/\.$/, '');
}

/** A flag value that must be one of `allowed`. */
export function oneOf<T extends string>(
  command: string,
  flag: string,
  value: string | boolean | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined || typeof value === 'boolean') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${command}: invalid --${flag} '${value}' (expected one of: ${allowed.join(', ')})`);
}

/** A flag value that must be a whole number in `[min, max]`. */
export function integerFlag(
  command: string,
  flag: string,
  value: string | boolean | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${command}: invalid --${flag} '${value}' (expected a whole number from ${min} to ${max})`);
  }
  return Number(value);
}

/** A string flag (parseArgs already guarantees the type for `type: 'string'`). */
export function stringFlag(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
