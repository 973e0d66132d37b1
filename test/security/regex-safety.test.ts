/**
 * Every regular expression in the shipped sources (`packages/*\/src`, `editor/src`, test files
 * excepted) is analysed by recheck, a ReDoS checker: none may be vulnerable (super-linear
 * backtracking), unless it is listed in EXEMPTIONS with the reason it is harmless and the forms
 * recheck checks instead. Regexes are found with the TypeScript compiler: literals, and
 * `RegExp(...)` / `new RegExp(...)` whose pattern is a string literal or the `.source` of a regex
 * literal of the same file. Any other `RegExp(...)` is dynamic and needs an exemption.
 *
 * recheck runs its pure JavaScript backend in this process (no native binary, no JVM), with no
 * overall time limit, so the verdict never depends on the machine's load; it takes tens of seconds
 * for the whole tree, hence the explicit per-test timeouts below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { check, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { ALL_TOKENS } from '../../packages/language/src/parser/tokens.js';

process.env['RECHECK_BACKEND'] = 'pure';

const ROOT = join(import.meta.dirname, '..', '..');
const AREAS = ['packages/language/src', 'packages/content/src', 'packages/cli/src', 'editor/src'] as const;
/** Checking a whole area with the pure backend takes up to a minute on a loaded machine. */
const AREA_TIMEOUT_MS = 240_000;

interface FoundRegex {
  file: string;
  line: number;
  /** Pattern and flags when known statically. */
  source?: string;
  flags?: string;
  /** The `RegExp(...)` call as written, for dynamic patterns. */
  call?: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function splitLiteral(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

/** Regexes of one source file. */
function regexesOf(file: string): FoundRegex[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals = new Map<string, { source: string; flags: string }>();
  const found: FoundRegex[] = [];
  const lineOf = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer?.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      literals.set(node.name.text, splitLiteral(node.initializer.getText(sf)));
    }
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      found.push({ file, line: lineOf(node), ...splitLiteral(node.getText(sf)) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const flagText = flags === undefined ? '' : ts.isStringLiteralLike(flags) ? flags.text : undefined;
      let source: string | undefined;
      if (pattern !== undefined && ts.isStringLiteralLike(pattern)) source = pattern.text;
      else if (
        pattern !== undefined &&
        ts.isPropertyAccessExpression(pattern) &&
        pattern.name.text === 'source' &&
        ts.isIdentifier(pattern.expression)
      ) {
        source = literals.get(pattern.expression.text)?.source;
      }
      if (source !== undefined && flagText !== undefined) found.push({ file, line: lineOf(node), source, flags: flagText });
      else found.push({ file, line: lineOf(node), call: node.getText(sf) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

interface Exemption {
  file: string;
  /** `/source/flags` of a static regex, or the `RegExp(...)` call as written. */
  regex: string;
  reason: string;
  /** What recheck checks instead; each must be safe. */
  checkedAs: () => Array<{ source: string; flags: string }>;
}

/** Monarch applies a rule only at the current column, never as a search: anchored, these are linear. */
const monarchAnchored = (source: string): Exemption => ({
  file: 'editor/src/monaco/grammar.ts',
  regex: `/${source}/`,
  reason:
    'A Monarch grammar rule is matched at the current column of the line (anchored), never searched for; recheck analyses an unanchored search, whose restarts at every column are what it flags.',
  checkedAs: () => [{ source: `^(?:${source})`, flags: '' }],
});

/** Token patterns as chevrotain applies them: sticky, at the lexer's position. */
const tokenPatterns = (): Array<{ source: string; flags: string }> =>
  ALL_TOKENS.flatMap((token) =>
    token.PATTERN instanceof RegExp ? [{ source: token.PATTERN.source, flags: `${token.PATTERN.flags.replace('y', '')}y` }] : [],
  );

const EXEMPTIONS: Exemption[] = [
  monarchAnchored(String.raw`'(?:[^'\\]|\\.)*'`),
  monarchAnchored(String.raw`"(?:[^"\\]|\\.)*"`),
  monarchAnchored(String.raw`[A-Za-z_]\w*(?=\s*\()`),
  monarchAnchored(String.raw`"(?=(?:[^"\\]|\\.)*"\s*:)`),
  {
    file: 'packages/language/src/parser/tokens.ts',
    regex: "new RegExp(word, 'i')",
    reason: 'Keyword tokens: the pattern is one of the fixed keywords (letters only). Checked as every regex token pattern of the lexer.',
    checkedAs: tokenPatterns,
  },
  {
    file: 'packages/content/src/lint/rules/parameter-whitespace.ts',
    regex: "new RegExp(`[\\\\n\\\\r\\\\t]| {${maxSpaces + 1},}`, 'g')",
    reason: 'The run length comes from the limit table (a number); checked with the default limit of 4 spaces.',
    checkedAs: () => [{ source: '[\\n\\r\\t]| {5,}', flags: 'g' }],
  },
];

const exemptionKey = (file: string, regex: string): string => `${file} ${regex}`;
const EXEMPT = new Map(EXEMPTIONS.map((e) => [exemptionKey(e.file, e.regex), e]));
const keyOf = (found: FoundRegex): string => exemptionKey(found.file, found.call ?? `/${found.source}/${found.flags}`);

const FOUND: FoundRegex[] = AREAS.flatMap((area) => sourceFiles(area).flatMap(regexesOf));

async function verdict(source: string, flags: string): Promise<Diagnostics> {
  return check(source, flags, { timeout: null });
}

function describeVerdict(found: string, result: Diagnostics): string {
  if (result.status === 'vulnerable') return `${found}: vulnerable (${result.complexity.summary}), attack ${result.attack.pattern}`;
  if (result.status === 'unknown') return `${found}: unknown (${result.error.kind})`;
  return `${found}: safe`;
}

describe('regular expressions (recheck)', () => {
  it('finds the regexes of the sources, literal and constructed', () => {
    expect(FOUND.length).toBeGreaterThan(100);
    expect(FOUND).toContainEqual({
      file: 'packages/content/src/lint/rules/header-format.ts',
      line: expect.any(Number),
      source: '[*_~`]',
      flags: 'g',
    });
    expect(FOUND).toContainEqual({
      file: 'packages/language/src/parser/tokens.ts',
      line: expect.any(Number),
      call: "new RegExp(word, 'i')",
    });
  });

  it('every dynamic RegExp(...) has an exemption, and every exemption is still in use', () => {
    const dynamic = FOUND.filter((f) => f.call !== undefined && !EXEMPT.has(keyOf(f))).map((f) => `${f.file}:${f.line} ${f.call}`);
    expect(dynamic).toEqual([]);
    const used = new Set(FOUND.map(keyOf));
    expect(EXEMPTIONS.filter((e) => !used.has(exemptionKey(e.file, e.regex))).map((e) => exemptionKey(e.file, e.regex))).toEqual([]);
  });

  it(
    'the forms checked instead of the exempt regexes are safe',
    async () => {
      const problems: string[] = [];
      const seen = new Set<string>();
      for (const exemption of EXEMPTIONS) {
        for (const { source, flags } of exemption.checkedAs()) {
          if (seen.has(`/${source}/${flags}`)) continue;
          seen.add(`/${source}/${flags}`);
          const result = await verdict(source, flags);
          if (result.status !== 'safe') problems.push(describeVerdict(`${exemption.file} /${source}/${flags}`, result));
        }
      }
      expect(problems).toEqual([]);
    },
    AREA_TIMEOUT_MS,
  );

  it.each(AREAS)(
    'no regex in %s is vulnerable',
    async (area) => {
      const problems: string[] = [];
      const seen = new Set<string>();
      for (const found of FOUND) {
        if (!found.file.startsWith(`${area}/`) || found.call !== undefined || EXEMPT.has(keyOf(found))) continue;
        const key = `/${found.source}/${found.flags}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const result = await verdict(found.source!, found.flags!);
        if (result.status !== 'safe') problems.push(describeVerdict(`${relative('.', found.file)}:${found.line} ${key}`, result));
      }
      expect(problems).toEqual([]);
    },
    AREA_TIMEOUT_MS,
  );
});
