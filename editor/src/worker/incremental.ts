/**
 * Incremental lint of a large file while the author types (issue 13: keystroke → markers under
 * 50 ms for a 2 MB response). The whole-file lint of such a file takes seconds; a keystroke almost
 * always changes the text of one JSON string. For such an edit this module lints a small copy of
 * the file (a "skeleton": every array of more than {@link TRIM_FROM} elements cut to a few
 * elements, always keeping the one that holds the edited string), takes that lint's findings inside
 * the edited string, and keeps every other finding of the last whole-file lint, moved by the edit.
 *
 * The result is exact for everything the rules decide from one text (syntax, field codes, length
 * limits, missing values, placeholders of that text). Findings that compare the edited text with
 * others (duplicate titles, parameter counts) may be stale: the caller marks the result provisional
 * and runs the whole-file lint once typing pauses, which replaces it. Any other edit (structure,
 * keys, enumerations, `profile`, `sampleData`) has no incremental answer.
 */
import { parseTree, getNodePath, findNodeAtOffset, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { lint, ENUM_KEYS, type LintOptions } from '@fieldcode/content';
import { LineIndex, type Diagnostic, type Position, type Range } from '@fieldcode/language';

/** Arrays longer than this are cut in the skeleton. */
export const TRIM_FROM = 16;
/** Elements an array keeps in the skeleton besides the one that holds the edited string. */
const KEEP = 3;
/** Properties whose strings steer the whole file: an edit there needs the whole-file lint. */
const GLOBAL_KEYS: ReadonlySet<string> = new Set([...ENUM_KEYS, 'index', 'profile', '$schema']);
/** Top-level properties whose edits change findings elsewhere (`missing-value` reads `sampleData`). */
const GLOBAL_ROOTS: ReadonlySet<string> = new Set(['sampleData', 'profile']);

/** The inline suppression property (docs/rules.md#suppressions). */
const SUPPRESSION_KEY = 'x-fieldcode-disable';

/** The last whole-file lint of a text: the base every incremental answer starts from. */
export interface LintBase {
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly root: JsonNode;
  readonly lines: LineIndex;
}

/** The base for a whole-file lint result, or null when the text is not JSON that parses. */
export function lintBase(text: string, diagnostics: readonly Diagnostic[]): LintBase | null {
  if (text.charCodeAt(0) === 0xfeff) return null;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (!root || errors.length > 0) return null;
  return { text, diagnostics, root, lines: new LineIndex(text) };
}

/** One replacement between the base text and the new one: `[start, baseEnd)` became `[start, newEnd)`. */
export interface TextChange {
  start: number;
  baseEnd: number;
  newEnd: number;
}

/** Characters compared at once by native string equality before the scan goes character by character. */
const CHUNK = 2048;

/**
 * The smallest single replacement that turns `before` into `after` (common prefix and suffix).
 * Equal chunks are skipped with native comparisons: a 2 MB text is compared in a few milliseconds.
 */
export function changeBetween(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const tailMax = shorter - start;
  let tail = 0;
  while (
    tail + CHUNK <= tailMax &&
    before.slice(before.length - tail - CHUNK, before.length - tail) === after.slice(after.length - tail - CHUNK, after.length - tail)
  )
    tail += CHUNK;
  while (tail < tailMax && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, baseEnd: before.length - tail, newEnd: after.length - tail };
}

/** Whether `text[from, to)` is exactly one JSON string token (quotes, escapes, no raw control characters). */
export function isJsonStringToken(text: string, from: number, to: number): boolean {
  if (to - from < 2 || text.charCodeAt(from) !== 34 || text.charCodeAt(to - 1) !== 34) return false;
  let i = from + 1;
  while (i < to - 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 34) return false;
    if (c === 92) {
      const next = text.charCodeAt(i + 1);
      if (next === 117 /* u */) {
        for (let k = 2; k <= 5; k++) if (!isHexDigit(text.charCodeAt(i + k))) return false;
        i += 6;
        continue;
      }
      if (!ESCAPES.has(next)) return false;
      i += 2;
      continue;
    }
    i++;
  }
  // The scan must end on the closing quote, not past it inside an escape that swallowed it.
  return i === to - 1;
}

const ESCAPES: ReadonlySet<number> = new Set([34, 92, 47, 98, 102, 110, 114, 116]);
const isHexDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** The string value node whose content holds the whole change, when the edit may be linted alone. */
function editedString(base: LintBase, change: TextChange): JsonNode | null {
  const node = findNodeAtOffset(base.root, change.start, false);
  if (!node || node.type !== 'string') return null;
  // Strictly between the quotes in the base text.
  if (change.start <= node.offset || change.baseEnd >= node.offset + node.length) return null;
  const parent = node.parent;
  if (!parent) return null;
  if (parent.type === 'property') {
    if (parent.children?.[0] === node) return null; // a key: the structure changes
    const key = parent.children?.[0]?.value;
    if (typeof key === 'string' && GLOBAL_KEYS.has(key)) return null;
  }
  const path = getNodePath(node);
  if (typeof path[0] === 'string' && GLOBAL_ROOTS.has(path[0])) return null;
  // An inline suppression (`x-fieldcode-disable`) decides which findings show in its whole scope.
  if (path.includes(SUPPRESSION_KEY)) return null;
  return node;
}

/** A cut of the base text: `[start, end)` left out of the skeleton. */
interface Cut {
  start: number;
  end: number;
}

/**
 * The cuts that shrink every long array, keeping the chain of elements down to `target`;
 * `moved` gets the skeleton index of each cut array's element that holds the target.
 */
function skeletonCuts(node: JsonNode, target: JsonNode, cuts: Cut[], moved: Map<JsonNode, number>): void {
  const children = node.children ?? [];
  if (node.type === 'array' && children.length > TRIM_FROM) {
    const keep = new Set<number>();
    for (let i = 0; i < KEEP; i++) keep.add(i);
    const holder = children.findIndex((child) => child.offset <= target.offset && target.offset < child.offset + child.length);
    if (holder >= 0) {
      keep.add(holder);
      moved.set(node, holder < KEEP ? holder : KEEP);
    }
    let i = 0;
    while (i < children.length) {
      if (keep.has(i)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < children.length && !keep.has(j + 1)) j++;
      const last = children[j]!;
      // A run of dropped elements goes with the separators that follow it (or, at the end, precede it).
      if (j + 1 < children.length) cuts.push({ start: children[i]!.offset, end: children[j + 1]!.offset });
      else {
        const previous = children[i - 1]!;
        cuts.push({ start: previous.offset + previous.length, end: last.offset + last.length });
      }
      i = j + 1;
    }
    for (const index of [...keep].sort((a, b) => a - b)) if (children[index]) skeletonCuts(children[index], target, cuts, moved);
    return;
  }
  for (const child of children) if (child.children) skeletonCuts(child, target, cuts, moved);
}

/** The JSON pointer of a node, with the indices of the cut arrays as the skeleton has them. */
function pointerOf(node: JsonNode, moved?: Map<JsonNode, number>): string {
  const segments: string[] = [];
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'array') segments.push(String(moved?.get(parent) ?? parent.children!.indexOf(child)));
    else if (parent.type === 'property') {
      const key = String(parent.children![0]!.value);
      segments.push(key.replaceAll('~', '~0').replaceAll('/', '~1'));
    }
  }
  return segments
    .reverse()
    .map((segment) => `/${segment}`)
    .join('');
}

const overlaps = (range: Range, from: number, to: number): boolean => range.start.offset <= to && range.end.offset >= from;

/**
 * What the fast worker answers for an edit inside one string: the change, the line it is on, the
 * base range of the edited string (whose findings are replaced) and the fresh findings inside it.
 * The client holds the base diagnostics and applies this with {@link applyEdit}, so the thousands
 * of findings of a large file are not copied between threads on every keystroke.
 */
export interface EditAnswer {
  change: TextChange;
  /** Line of the change (the same in both texts: a JSON string holds no line break). */
  line: number;
  /** Offsets of the edited string node (quotes included) in the base text. */
  from: number;
  to: number;
  fresh: Diagnostic[];
}

/**
 * The diagnostics of `text` from the base and a lint of the edited string in a skeleton, or null
 * when the change is not an edit inside one string of the base (the whole-file lint must answer).
 */
export function lintIncrementally(base: LintBase, text: string, options: LintOptions): Diagnostic[] | null {
  const answer = lintEdit(base, text, options);
  return answer && applyEdit(base.diagnostics, answer);
}

/**
 * The {@link EditAnswer} for `text`, or null when the whole-file lint must answer. `change`, when
 * known (the worker's copy tracks it from the editor's edits, see mirror.ts), covers every
 * difference between the base text and `text`; otherwise it is found by comparing the two.
 */
export function lintEdit(base: LintBase, text: string, options: LintOptions, known?: TextChange): EditAnswer | null {
  const change = known ?? changeBetween(base.text, text);
  const line = base.lines.positionAt(change.start).line;
  // An empty change with equal lengths: the texts are equal (typing then deleting a character).
  if (change.start === change.baseEnd && change.start === change.newEnd && text.length === base.text.length)
    return { change, line, from: 0, to: -1, fresh: [] };
  const node = editedString(base, change);
  if (!node) return null;
  const delta = change.newEnd - change.baseEnd;
  const nodeEnd = node.offset + node.length;
  if (!isJsonStringToken(text, node.offset, nodeEnd + delta)) return null;
  // The skeleton: the new text without the cut ranges (all of them lie outside the edited string).
  const cuts: Cut[] = [];
  const moved = new Map<JsonNode, number>();
  skeletonCuts(base.root, node, cuts, moved);
  const skeletonPointer = pointerOf(node, moved);
  const pointer = pointerOf(node);
  cuts.sort((a, b) => a.start - b.start);
  let skeleton = '';
  let from = 0;
  let removedBefore = 0;
  for (const cut of cuts) {
    const start = cut.start >= nodeEnd ? cut.start + delta : cut.start;
    const end = cut.end >= nodeEnd ? cut.end + delta : cut.end;
    skeleton += text.slice(from, start);
    from = end;
    if (cut.end <= node.offset) removedBefore += cut.end - cut.start;
  }
  skeleton += text.slice(from);
  const skeletonStart = node.offset - removedBefore;
  const skeletonEnd = skeletonStart + node.length + delta;

  // Positions inside the edited string: same line as its opening quote (a JSON string has no line break).
  const quote = base.lines.positionAt(node.offset);
  const inString = (offset: number): Position => {
    const at = offset - skeletonStart + node.offset;
    return { offset: at, line: quote.line, column: quote.column + (at - node.offset) };
  };
  const within = (range: Range): boolean => range.start.offset >= skeletonStart && range.end.offset <= skeletonEnd;
  const fresh: Diagnostic[] = [];
  for (const found of lint(skeleton, options).diagnostics) {
    if (!within(found.range)) continue;
    const diagnostic: Diagnostic = {
      ...found,
      range: { start: inString(found.range.start.offset), end: inString(found.range.end.offset) },
    };
    if (found.path === skeletonPointer) diagnostic.path = pointer;
    // A fix that reaches outside the string is dropped here; the whole-file lint offers it again.
    if (found.fix) {
      if (within(found.fix.range))
        diagnostic.fix = {
          ...found.fix,
          range: { start: inString(found.fix.range.start.offset), end: inString(found.fix.range.end.offset) },
        };
      else delete diagnostic.fix;
    }
    if (found.suggestions) {
      const suggestions = found.suggestions
        .filter((s) => within(s.fix.range))
        .map((s) => ({
          ...s,
          fix: { ...s.fix, range: { start: inString(s.fix.range.start.offset), end: inString(s.fix.range.end.offset) } },
        }));
      if (suggestions.length > 0) diagnostic.suggestions = suggestions;
      else delete diagnostic.suggestions;
    }
    fresh.push(diagnostic);
  }

  return { change, line, from: node.offset, to: nodeEnd, fresh };
}

/** The lint's order of findings: by start, then end, then code. */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.offset - b.range.start.offset ||
    a.range.end.offset - b.range.end.offset ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** The base diagnostics moved past the change, those inside the edited string replaced by the fresh ones. */
export function applyEdit(baseDiagnostics: readonly Diagnostic[], answer: EditAnswer): Diagnostic[] {
  const { change, line, from, to } = answer;
  const delta = change.newEnd - change.baseEnd;
  const shifted = (position: Position): Position =>
    position.offset < change.baseEnd
      ? position
      : {
          offset: position.offset + delta,
          line: position.line,
          column: position.line === line ? position.column + delta : position.column,
        };
  const kept: Diagnostic[] = [];
  for (const old of baseDiagnostics) {
    if (old.range.start.offset >= from && old.range.end.offset <= to) continue; // re-linted
    const moved: Diagnostic = { ...old, range: { start: shifted(old.range.start), end: shifted(old.range.end) } };
    // A fix written for the old text of the edited string would undo the typing: it waits for the whole-file lint.
    if (old.fix) {
      if (overlaps(old.fix.range, change.start, change.baseEnd)) delete moved.fix;
      else moved.fix = { ...old.fix, range: { start: shifted(old.fix.range.start), end: shifted(old.fix.range.end) } };
    }
    if (old.suggestions) {
      const suggestions = old.suggestions
        .filter((s) => !overlaps(s.fix.range, change.start, change.baseEnd))
        .map((s) => ({ ...s, fix: { ...s.fix, range: { start: shifted(s.fix.range.start), end: shifted(s.fix.range.end) } } }));
      if (suggestions.length > 0) moved.suggestions = suggestions;
      else delete moved.suggestions;
    }
    kept.push(moved);
  }
  // The order of the whole-file lint (start, end, code): the kept findings are in it already, the
  // fresh ones (few) are merged in rather than sorting thousands on every keystroke.
  const fresh = [...answer.fresh].sort(byPosition);
  const all: Diagnostic[] = [];
  let next = 0;
  for (const diagnostic of kept) {
    while (next < fresh.length && byPosition(fresh[next]!, diagnostic) < 0) all.push(fresh[next++]!);
    all.push(diagnostic);
  }
  while (next < fresh.length) all.push(fresh[next++]!);
  return all;
}
