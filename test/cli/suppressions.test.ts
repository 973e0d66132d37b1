// End-to-end: `x-fieldcode-disable` suppressions through the real `fieldcode` bin (lint in every
// mode, render) and the real language server process — all of them share the lint core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './build.js';
import { fieldcode, fixtures } from './run.js';
import { LspClient, makeProject } from '../lsp/client.js';

const dir = join(fixtures, 'suppressions');
const replies = readFileSync(join(dir, 'replies.json'), 'utf8');

beforeAll(() => ensureBuilt(), 300_000);

describe('fieldcode lint with x-fieldcode-disable', { timeout: 60_000 }, () => {
  it('hides the suppressed findings and reports unknown and unused rule ids on the ids', () => {
    expect(fieldcode(dir, 'lint', 'replies.json')).toEqual({
      status: 1,
      stdout: [
        'replies.json',
        "  3:59   error    Unknown rule 'body-lenght' in x-fieldcode-disable; did you mean 'body-length'?  unknown-suppression-rule",
        '      2 |   "name": "Delivery slot",',
        '    > 3 |   "x-fieldcode-disable": [{ "rules": ["unknown-function", "body-lenght"], "reason": "SlotOf is a function of our tenant"…',
        '        |                                                           ^',
        '      4 |   "structured": {',
        "  14:96  warning  Unused suppression: no 'missing-value' finding in this item.                    unused-suppression",
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('--no-inline-config reports everything and checks no suppression', () => {
    const result = fieldcode(dir, 'lint', 'replies.json', '--no-inline-config', '--format', 'json');
    expect([result.status, result.stderr]).toEqual([1, '']);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; column: number; message: string }[] }[];
    expect(file!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([
      '6:55 unknown-function Unknown function "SlotOf".',
      '11:18 button-label-length The quick-reply title is 28 characters long; the limit is 20 (whatsapp).',
    ]);
  });

  it('--quiet drops the unused-suppression warning; the github format annotates the unknown id', () => {
    expect(fieldcode(dir, 'lint', 'replies.json', '--quiet', '--format', 'github').stdout).toBe(
      "::error file=replies.json,line=3,col=59,endLine=3,endColumn=72,title=unknown-suppression-rule::Unknown rule 'body-lenght' in x-fieldcode-disable; did you mean 'body-length'?\n",
    );
  });

  it('keeps the property out of every rendered payload', () => {
    const genesys = fieldcode(dir, 'render', 'replies.json', '--channel', 'genesys');
    expect(JSON.parse(genesys.stdout)).toEqual({
      contentType: 'quick-replies',
      text: 'Pick a slot,  ()',
      content: [
        { id: 1, type: 'quick-reply', text: 'Tomorrow before noon, please' },
        { id: 2, type: 'quick-reply', text: 'Any day' },
      ],
    });
    for (const channel of ['whatsapp-cloud', 'open-messaging', 'text']) {
      const rendered = fieldcode(dir, 'render', 'replies.json', '--channel', channel, '--to', '+447400123456');
      expect(rendered.stdout.length, channel).toBeGreaterThan(0);
      expect(rendered.stdout.includes('x-fieldcode-disable'), channel).toBe(false);
      expect(rendered.stdout.includes('reason'), channel).toBe(false);
    }
  });
});

describe('fieldcode lsp with x-fieldcode-disable', { timeout: 60_000 }, () => {
  const project = makeProject({ 'fieldcode.config.json': readFileSync(join(dir, 'fieldcode.config.json'), 'utf8') });
  let client: LspClient;
  beforeAll(async () => {
    client = (await LspClient.start(project.dir)).client;
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    project.remove();
  });

  it('publishes the same findings as the CLI, and the misspelt id’s suggestion', async () => {
    const uri = project.uri('replies.json');
    const diagnostics = await client.open(uri, replies);
    expect(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.severity} ${d.code} ${d.message}`)).toEqual([
      "2:58 1 unknown-suppression-rule Unknown rule 'body-lenght' in x-fieldcode-disable; did you mean 'body-length'?",
      "13:95 2 unused-suppression Unused suppression: no 'missing-value' finding in this item.",
    ]);
    type Action = { title: string; kind: string; edit: { changes: Record<string, { range: unknown; newText: string }[]> } };
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics: [diagnostics[0]] },
    });
    expect(actions.map((a) => [a.title, a.kind])[0]).toEqual(["Replace with 'body-length'", 'quickfix']);
    expect(actions[0]!.edit.changes[uri]).toEqual([
      { range: { start: { line: 2, character: 58 }, end: { line: 2, character: 71 } }, newText: '"body-length"' },
    ]);
  });
});
