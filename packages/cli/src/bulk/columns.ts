/**
 * CSV headers → render data. A header names where its cells go: `Contact.FirstName`,
 * `Agent.FullName`, `Interaction.Id`, `Variables.CustomProp_Date` (a custom variable), or `to`
 * (the recipient). `--map HEADER=TARGET` maps any other header (`--map "First name=Contact.FirstName"`);
 * `--map HEADER=` ignores a column. An unknown header without a mapping is a usage error, so a typo
 * never silently drops a column.
 */
import { UsageError } from '../errors.js';

/** Where one CSV column goes. */
export type ColumnTarget =
  { header: string; kind: 'data'; path: readonly string[] } | { header: string; kind: 'to' } | { header: string; kind: 'ignore' };

const roots = new Set(['Contact', 'Agent', 'Interaction', 'Variables']);
const segment = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names that would reach an object's prototype instead of creating a field. */
const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses `--map` values (`HEADER=TARGET`) into a lookup; the last mapping of a header wins. */
export function parseMappings(values: readonly string[]): Map<string, string> {
  const mappings = new Map<string, string>();
  for (const value of values) {
    const equals = value.lastIndexOf('=');
    if (equals <= 0)
      throw new UsageError(
        `render: invalid --map '${value}' (expected HEADER=TARGET, e.g. "First name=Contact.FirstName", or HEADER= to ignore a column)`,
      );
    mappings.set(value.slice(0, equals).trim(), value.slice(equals + 1).trim());
  }
  return mappings;
}

/** Resolves a target written in a header or a mapping; undefined when it is not one. */
export function resolveTarget(header: string, target: string): ColumnTarget | undefined {
  if (target === '') return { header, kind: 'ignore' };
  if (target === 'to') return { header, kind: 'to' };
  const path = target.split('.');
  if (path.length < 2 || !roots.has(path[0]!)) return undefined;
  if (path.some((part) => !segment.test(part) || forbidden.has(part))) return undefined;
  return { header, kind: 'data', path };
}

/** Targets for a CSV header row, in column order. */
export function columnTargets(headers: readonly string[], mappings: ReadonlyMap<string, string>): ColumnTarget[] {
  const targets: ColumnTarget[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  headers.forEach((raw, index) => {
    const header = raw.trim();
    const mapped = mappings.get(header);
    const target = resolveTarget(header, mapped ?? header);
    if (target === undefined) {
      if (mapped !== undefined)
        throw new UsageError(
          `render: --map '${header}=${mapped}': '${mapped}' is not a render data path (Contact.X, Agent.X, Interaction.X, Variables.X) nor 'to'`,
        );
      unknown.push(`column ${index + 1} '${header}'`);
      targets.push({ header, kind: 'ignore' });
      return;
    }
    const key = target.kind === 'data' ? target.path.join('.') : target.kind;
    if (target.kind !== 'ignore' && seen.has(key))
      throw new UsageError(`render: two CSV columns fill '${key}' (column ${index + 1} '${header}')`);
    seen.add(key);
    targets.push(target);
  });
  if (unknown.length > 0) {
    throw new UsageError(`render: unknown CSV ${unknown.length === 1 ? 'header' : 'headers'} ${unknown.join(', ')}`, [
      'Headers are render data paths (Contact.FirstName, Variables.CustomProp_Date) or to; map others with --map "HEADER=Contact.FirstName", or ignore them with --map "HEADER="',
    ]);
  }
  return targets;
}

/** The column whose data path is `field` (`Contact.FirstName`, or a bare custom variable name). */
export function columnOfField(targets: readonly ColumnTarget[], field: string): string | undefined {
  for (const target of targets) {
    if (target.kind !== 'data') continue;
    const path = target.path.join('.');
    if (path === field || (target.path[0] === 'Variables' && target.path.length === 2 && target.path[1] === field)) return target.header;
  }
  return undefined;
}
