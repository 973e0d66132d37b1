/**
 * The fast lint worker's copy of a large text, kept in step by the editor's changes (monaco's
 * `onDidChangeModelContent` changes) instead of a copy of the whole text per keystroke: a 2 MB
 * text costs the main thread tens of milliseconds to send. Each sync names the model version it
 * starts from; a copy at another version (a lost message, a worker started again) cannot apply it
 * and asks for the whole text (`lint-resync`).
 */
import type { TextChange } from './incremental.js';

/**
 * One replacement, as monaco reports it: `length` characters from `offset` (UTF-16 units) replaced
 * by `text`. The edits of a sync apply in order, each to the text the previous one left (monaco
 * lists the changes of one event from the end of the text backwards, so this holds for its events).
 */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** The whole text at a version, or the edits from `fromVersion` to `version`. */
export type TextSync = { version: number; text: string } | { version: number; fromVersion: number; edits: TextEdit[] };

/** A text kept in step, and the change that covers every edit since the last whole-file lint (`sinceBase`). */
export interface MirroredText {
  text: string;
  version: number;
  /** null: the text equals the base's; undefined: unknown (no base). */
  sinceBase: TextChange | null | undefined;
}

/** `text` with `edits` applied in order; null when an edit reaches outside the text it applies to. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string | null {
  let result = text;
  for (const edit of edits) {
    if (!validEdit(edit, result.length)) return null;
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  }
  return result;
}

const validEdit = (edit: TextEdit, length: number): boolean =>
  Number.isInteger(edit.offset) &&
  Number.isInteger(edit.length) &&
  edit.offset >= 0 &&
  edit.length >= 0 &&
  edit.offset + edit.length <= length &&
  typeof edit.text === 'string';

/**
 * The change between the base and the text after `edit`, from the change before it (`before`,
 * null for none) and the text's length before the edit: the unchanged prefix is the shorter of
 * the two prefixes, the unchanged suffix the shorter of the two suffixes. It may cover more than
 * the smallest change (typing then deleting the same character covers an empty range), never less.
 */
export function composeChange(before: TextChange | null, edit: TextEdit, lengthBefore: number): TextChange {
  const lengthAfter = lengthBefore - edit.length + edit.text.length;
  const editSuffix = lengthBefore - (edit.offset + edit.length);
  if (before === null) return { start: edit.offset, baseEnd: edit.offset + edit.length, newEnd: lengthAfter - editSuffix };
  const baseLength = lengthBefore - before.newEnd + before.baseEnd;
  const start = Math.min(before.start, edit.offset);
  const suffix = Math.min(lengthBefore - before.newEnd, editSuffix);
  return { start, baseEnd: baseLength - suffix, newEnd: lengthAfter - suffix };
}

/**
 * Applies a sync to the mirrored text (or starts one); returns false when the sync does not apply
 * (edits from another version, or out of range): the sender must send the whole text.
 */
export function applySync(mirror: MirroredText | undefined, sync: TextSync): MirroredText | false {
  if ('text' in sync) return { text: sync.text, version: sync.version, sinceBase: undefined };
  if (!mirror || mirror.version !== sync.fromVersion) return false;
  let { text, sinceBase } = mirror;
  for (const edit of sync.edits) {
    if (!validEdit(edit, text.length)) return false;
    if (sinceBase !== undefined) sinceBase = composeChange(sinceBase, edit, text.length);
    text = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
  }
  return { text, version: sync.version, sinceBase };
}
