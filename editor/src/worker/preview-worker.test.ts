/**
 * The preview worker's protocol, driven through its message handler: the worker keeps its copy of
 * the source in step by each request's edit, drops a cancelled or replaced preview before its next
 * step (its answer says so, it is never computed to the end), and asks for the whole text when an
 * edit does not apply to its copy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { previewData, type PreviewInput } from '../preview/preview-data.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

const answers: WorkerResponse[] = [];
let send: (request: WorkerRequest) => void;

beforeAll(async () => {
  const scope = {
    onmessage: null as ((event: { data: WorkerRequest }) => void) | null,
    postMessage: (m: WorkerResponse) => answers.push(m),
  };
  (globalThis as { self?: unknown }).self = scope;
  await import('./lint-worker.js');
  send = (request) => scope.onmessage!({ data: request });
});

/** Waits until the worker has posted `count` answers in all. */
async function answered(count: number): Promise<WorkerResponse[]> {
  for (let i = 0; i < 500 && answers.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  return answers.slice();
}

function listText(rows: number, question: string): string {
  const content = [
    {
      type: 'section',
      title: 'Area 1',
      rows: Array.from({ length: rows }, (_, r) => ({
        id: `row-${r}`,
        title: `Store ${r}`,
        description: `Open until 8, <$ Contact.FirstName $>`,
      })),
    },
  ];
  const response = {
    name: 'Stores',
    profile: 'whatsapp',
    structured: { contentType: 'single-selection-list', text: `${question}, <$ Contact.FirstName $>?`, button: 'Choose', content },
    sampleData: { Contact: { FirstName: 'Ann' } },
  };
  return JSON.stringify(response, null, 2) + '\n';
}

const settings: Omit<PreviewInput, 'source'> = { format: 'json', profile: 'whatsapp', sampleData: undefined, shownBody: 'structured' };

describe('preview worker', () => {
  it('drops a cancelled preview between two steps and computes the next one from its edit', async () => {
    const first = listText(10, 'Which store');
    const second = listText(10, 'Which shop');
    const at = first.indexOf('store,');
    send({ type: 'preview', id: 1, input: settings, sync: { version: 1, text: first } });
    // The first step (parsing) ran; the author types again before the next one.
    send({ type: 'preview-cancel', id: 1 });
    send({
      type: 'preview',
      id: 2,
      input: settings,
      sync: { version: 2, fromVersion: 1, edits: [{ offset: at, length: 'store'.length, text: 'shop' }] },
    });
    const [dropped, done] = await answered(2);
    expect(dropped).toEqual({ type: 'preview-result', id: 1, dropped: 'stale' });
    expect(done).toEqual({ type: 'preview-result', id: 2, data: previewData({ ...settings, source: second }) });
    if (done?.type !== 'preview-result') throw new Error('no preview');
    expect(done.data!.message!.body).toBe('Which shop, Ann?');
    expect(done.data!.document).toEqual({ envelope: true, profile: 'whatsapp', sampleData: { Contact: { FirstName: 'Ann' } } });
  });

  it('drops a preview replaced by a newer request without a cancel', async () => {
    answers.length = 0;
    const text = listText(10, 'Which shop');
    const at = text.indexOf('shop,');
    send({ type: 'preview', id: 3, input: settings, sync: { version: 3, fromVersion: 2, edits: [] } });
    send({
      type: 'preview',
      id: 4,
      input: settings,
      sync: { version: 4, fromVersion: 3, edits: [{ offset: at, length: 4, text: 'mall' }] },
    });
    const [dropped, done] = await answered(2);
    expect(dropped).toEqual({ type: 'preview-result', id: 3, dropped: 'stale' });
    if (done?.type !== 'preview-result') throw new Error('no preview');
    expect(done.id).toBe(4);
    expect(done.data!.message!.body).toBe('Which mall, Ann?');
  });

  it('asks for the whole text when an edit starts from a version it does not hold', async () => {
    answers.length = 0;
    send({ type: 'preview', id: 5, input: settings, sync: { version: 5, fromVersion: 3, edits: [{ offset: 0, length: 0, text: ' ' }] } });
    expect(await answered(1)).toEqual([{ type: 'preview-result', id: 5, dropped: 'resync' }]);
    // Its copy is gone: the next edit cannot apply either, the whole text does.
    answers.length = 0;
    send({ type: 'preview', id: 6, input: settings, sync: { version: 6, fromVersion: 4, edits: [] } });
    send({ type: 'preview', id: 7, input: settings, sync: { version: 7, text: listText(3, 'Which desk') } });
    const [resync, done] = await answered(2);
    expect(resync).toEqual({ type: 'preview-result', id: 6, dropped: 'resync' });
    if (done?.type !== 'preview-result') throw new Error('no preview');
    expect(done.data!.message!.body).toBe('Which desk, Ann?');
  });
});
