/**
 * The fast lint worker's protocol, driven through its message handler: a large text is followed by
 * the editor's changes, an answer applied to the base equals a whole-file lint of the edited text,
 * and changes from another version (a lost message) are refused with `lint-resync`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '@fieldcode/content';
import { applyEdit } from './incremental.js';
import { lintOptionsKey, type WorkerRequest, type WorkerResponse } from './protocol.js';
import type { TextEdit } from './mirror.js';

const answers: WorkerResponse[] = [];
let send: (request: WorkerRequest) => WorkerResponse | undefined;

beforeAll(async () => {
  const scope = {
    onmessage: null as ((event: { data: WorkerRequest }) => void) | null,
    postMessage: (m: WorkerResponse) => answers.push(m),
  };
  (globalThis as { self?: unknown }).self = scope;
  await import('./lint-worker.js');
  send = (request) => {
    const before = answers.length;
    scope.onmessage!({ data: request });
    return answers.length > before ? answers.at(-1) : undefined;
  };
});

/** A list of `rows` rows in sections of 20 (every third description has a field code). */
function listText(rows: number): string {
  const content = Array.from({ length: Math.ceil(rows / 20) }, (_, s) => ({
    type: 'section',
    title: `Area ${s + 1}`,
    rows: Array.from({ length: Math.min(20, rows - s * 20) }, (_, r) => ({
      id: `row-${s}-${r}`,
      title: `Store ${s * 20 + r}`,
      description: r % 3 === 0 ? `Open until 8, <$ Contact.FirstName $>` : `Open until ${r % 12} pm`,
    })),
  }));
  const response = {
    name: 'Stores',
    profile: 'whatsapp',
    structured: { contentType: 'single-selection-list', text: 'Which store?', button: 'Choose', content },
    sampleData: { Contact: { FirstName: 'Ann' } },
  };
  return JSON.stringify(response, null, 2) + '\n';
}

const settings = { uri: 'inmemory://test/a.fieldcode.json', kind: 'json' as const, profile: 'whatsapp' };
const options: LintOptions = { kind: 'json', filePath: 'response.json', profile: 'whatsapp' };

describe('lint worker: the text followed by changes', () => {
  const text = listText(60);
  const base = lint(text, options).diagnostics;
  let id = 1;

  /** Asks for an incremental answer with `edits` from `fromVersion`; returns the diagnostics it gives. */
  function incremental(fromVersion: number, version: number, edits: TextEdit[]) {
    return send({ ...settings, type: 'lint-incremental', id: id++, sync: { version, fromVersion, edits } });
  }

  it('answers edits inside strings, across several changes and versions, as a whole-file lint of the text', () => {
    send({ type: 'lint-base', uri: settings.uri, textVersion: 1, text, options: lintOptionsKey(settings), diagnostics: base, version: 1 });
    // Version 2: a multi-cursor edit (two changes of one event, the later position first) in one
    // description; version 3: an unknown function typed into the same string.
    const at = text.indexOf('Open until 5 pm', text.indexOf('"row-2-5"')) + 'Open until '.length;
    const first = incremental(1, 2, [
      { offset: at + 1, length: 0, text: 'y' },
      { offset: at, length: 0, text: 'x' },
    ]);
    expect(first?.type).toBe('lint-edit');
    let current = text.slice(0, at) + 'x5y' + text.slice(at + 1);
    const second = incremental(2, 3, [{ offset: at + 1, length: 1, text: '<$ Nope(5) $>' }]);
    current = current.slice(0, at + 1) + '<$ Nope(5) $>' + current.slice(at + 2);
    expect(second?.type).toBe('lint-edit');
    if (second?.type !== 'lint-edit') return;
    const expected = lint(current, options).diagnostics;
    expect(expected.map((d) => d.code)).toContain('unknown-function');
    expect(applyEdit(base, second.answer)).toEqual(expected);
  });

  it('asks for the whole text when changes start from a version it does not hold, then follows again', () => {
    // Version 4 never arrived: changes from 4 to 5 cannot apply to the copy at version 3.
    const lost = incremental(4, 5, [{ offset: 10, length: 0, text: 'z' }]);
    expect(lost).toEqual({ type: 'lint-resync', id: id - 1, uri: settings.uri });
    // The copy is dropped: even changes from its old version are refused until the whole text comes.
    expect(incremental(3, 4, [])?.type).toBe('lint-resync');
    const whole = text.replace('"Store 7"', '"Store 7 with a title far too long for a row"');
    const answer = send({ ...settings, type: 'lint-incremental', id: id++, sync: { version: 6, text: whole } });
    expect(answer?.type).toBe('lint-edit');
    if (answer?.type !== 'lint-edit') return;
    expect(applyEdit(base, answer.answer)).toEqual(lint(whole, options).diagnostics);
    // Back to the base text by a change: every finding as the base has it.
    const title = whole.indexOf('Store 7 with');
    const back = incremental(6, 7, [{ offset: title + 'Store 7'.length, length: ' with a title far too long for a row'.length, text: '' }]);
    expect(back?.type).toBe('lint-edit');
    if (back?.type === 'lint-edit') expect(applyEdit(base, back.answer)).toEqual(base);
  });

  it('has no incremental answer for a line inserted between rows (the whole-file lint answers)', () => {
    const at = text.indexOf('\n', text.indexOf('"row-1-1"'));
    expect(incremental(7, 8, [{ offset: at, length: 0, text: '\n' }])).toEqual({ type: 'lint-skip', id: id - 1, uri: settings.uri });
  });
});
