// The language server as an editor sees it: the real `fieldcode lsp --stdio` process, driven over
// JSON-RPC, with a project folder on disk (config, data schema, templates export).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../cli/build.js';
import { fieldcode } from '../cli/run.js';
import { LspClient, makeProject, type LspDiagnostic } from './client.js';

const dataSchema = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    Contact: {
      type: 'object',
      additionalProperties: false,
      properties: {
        FirstName: { type: 'string', maxLength: 40, description: 'Given name' },
        LoyaltyTier: { type: 'string', maxLength: 10 },
      },
    },
  },
});

// Line 3 holds escapes (`\t`, `\"`) before the field codes: file columns and template offsets differ.
const reply = [
  '{',
  '  "name": "Delivery",',
  '  "sampleData": { "Contact": { "FirstName": "Ana \\"A\\"" } },',
  '  "plainText": "\\tHi \\"you\\" <${ Contact.FirstName }>, <$ Contact.ShoeSize $>."',
  '}',
  '',
].join('\n');

/** Diagnostics as `line:col-line:col severity code message` (0-based, as LSP counts). */
function lines(diagnostics: LspDiagnostic[]): string[] {
  return diagnostics.map(
    (d) =>
      `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`,
  );
}

/** The text with LSP text edits applied (edits given in one document's coordinates, not overlapping). */
function applyEdits(text: string, edits: Array<{ range: LspDiagnostic['range']; newText: string }>): string {
  const offset = (p: { line: number; character: number }): number => {
    let at = 0;
    for (let line = 0; line < p.line; line++) at = text.indexOf('\n', at) + 1;
    return at + p.character;
  };
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((out, edit) => out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end)), text);
}

describe('fieldcode lsp', () => {
  const project = makeProject({
    'fieldcode.config.json': '{ "dataSchema": "data/render-data.schema.json", "rules": { "unknown-field": "error" } }',
    'data/render-data.schema.json': dataSchema,
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.gitignore': 'drafts/\n',
  });
  let client: LspClient;
  let initialize: { capabilities: Record<string, unknown>; serverInfo: { name: string } };

  beforeAll(async () => {
    const started = await LspClient.start(project.dir, { triggerSuggestCommand: 'editor.action.triggerSuggest' });
    client = started.client;
    initialize = started.initialize as typeof initialize;
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    project.remove();
  });

  it('announces its features', () => {
    expect(initialize.serverInfo.name).toBe('fieldcode');
    expect(initialize.capabilities).toMatchObject({
      completionProvider: { triggerCharacters: ['$', '.', ' ', '('] },
      signatureHelpProvider: { triggerCharacters: ['(', ','] },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.fieldcode'] },
      semanticTokensProvider: {
        legend: {
          tokenTypes: ['macro', 'namespace', 'property', 'function', 'string', 'number', 'operator', 'keyword', 'variable', 'parameter'],
        },
        full: true,
      },
      documentLinkProvider: { resolveProvider: false },
    });
  });

  it('lints a JSON response with the project config and data dictionary, positioned through escapes', async () => {
    const diagnostics = await client.open(project.uri('reply.json'), reply);
    // Column 29 is the `<` of `<${`: 16 (content start) + `\tHi \"you\" ` (13 characters in the file, 10 in the template).
    expect(lines(diagnostics)).toEqual([
      '3:16-3:78 2 body-length The text may exceed 4096 characters for some data: Contact.ShoeSize has no maxLength in the data dictionary.',
      "3:29-3:53 2 non-canonical-delimiter Field code written '<${ … }>'; the standard spelling is '<$ … $>'",
      '3:58-3:74 3 missing-value Missing value: Contact.ShoeSize is not in the sample data: the preview shows it empty.',
      "3:58-3:74 1 unknown-field Unknown field 'Contact.ShoeSize' (not in the data dictionary).",
    ]);
    expect(diagnostics[3]).toMatchObject({
      source: 'fieldcode',
      codeDescription: { href: 'https://fieldcode.dev/docs/rules.md#unknown-field' },
    });
  });

  it('reports what `fieldcode lint` reports for the same files', async () => {
    const text = 'Hi <${ Contact.FirstName }>, <$ Contact.ShoeSize $> <$ Fromat(1) $>\n';
    project.write('greeting.txt', text);
    project.write('reply.json', reply);
    const cli = JSON.parse(fieldcode(project.dir, 'lint', '--format', 'json', 'greeting.txt', 'reply.json').stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }>;
    }>;
    const fromCli = (file: string): string[] =>
      cli
        .find((entry) => entry.filePath.endsWith(file))!
        .messages.map((m) => `${m.line - 1}:${m.column - 1}-${m.endLine - 1}:${m.endColumn - 1} ${m.ruleId} ${m.message}`);
    const fromServer = (diagnostics: LspDiagnostic[]): string[] =>
      diagnostics.map(
        (d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`,
      );
    const txt = await client.open(project.uri('greeting.txt'), text);
    expect(fromServer(txt).sort()).toEqual(fromCli('greeting.txt').sort());
    expect(txt.map((d) => d.code)).toEqual(['body-length', 'non-canonical-delimiter', 'unknown-field', 'unknown-function']);
    const json = await client.change(project.uri('reply.json'), reply);
    expect(fromServer(json).sort()).toEqual(fromCli('reply.json').sort());
  });

  it('leaves alone the files `fieldcode lint` skips, and lints a file outside any project by its $schema', async () => {
    expect(await client.open(project.uri('package.json'), '{ "name": "x", "plainText": "<$ Nope( $>" }')).toEqual([]);
    expect(await client.open(project.uri('data/sample.json'), '{ "plainText": "<$ Nope( $>" }')).toEqual([]);
    expect(await client.open(project.uri('drafts/wip.json'), '{ "plainText": "<$ Nope( $>" }')).toEqual([]);
    expect(await client.open(project.uri('x.schema.json'), '{ "plainText": "<$ Nope( $>" }')).toEqual([]);
    const outside = makeProject({});
    try {
      const uri = outside.uri('loose.json');
      const text =
        '{\n  "$schema": "https://fieldcode.dev/schemas/standard-response.schema.json",\n  "plainText": "<${ Agent.FirstName }>"\n}\n';
      expect(lines(await client.open(uri, text))).toEqual([
        "2:16-2:38 2 non-canonical-delimiter Field code written '<${ … }>'; the standard spelling is '<$ … $>'",
      ]);
      expect(await client.open(outside.uri('other.json'), '{ "plainText": "<$ Nope( $>" }')).toEqual([]);
      const links = await client.request<unknown[]>('textDocument/documentLink', { textDocument: { uri } });
      expect(links).toEqual([
        {
          range: { start: { line: 1, character: 14 }, end: { line: 1, character: 73 } },
          target: 'https://fieldcode.dev/schemas/standard-response.schema.json',
          tooltip: "fieldcode JSON Schema 'standard-response' (also printed by: fieldcode schema standard-response)",
        },
      ]);
    } finally {
      outside.remove();
    }
  });

  it('completes `<$`, objects, data-dictionary properties and functions, with ranges in file columns', async () => {
    const uri = project.uri('complete.json');
    // `\"x\" <$` — the escapes put file column 27 at template offset 5.
    const text = '{ "plainText": "\\"x\\" <$ Contact.Fi $> <$ Le $> <$" }';
    await client.open(uri, text);
    type Item = {
      label: string;
      kind: number;
      insertTextFormat: number;
      textEdit: { range: LspDiagnostic['range']; newText: string };
      command?: unknown;
    };
    const at = (character: number) =>
      client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character } });

    const properties = await at(35);
    expect(properties.map((i) => i.label)).toEqual([
      'Id',
      'Title',
      'FirstName',
      'LastName',
      'FullName',
      'PrimaryEmailAddress',
      'PrimaryPhoneNumber',
      'EmailAddresses',
      'LoyaltyTier',
    ]);
    expect(properties[2]).toMatchObject({
      kind: 10,
      insertTextFormat: 1,
      textEdit: { range: { start: { line: 0, character: 33 }, end: { line: 0, character: 35 } }, newText: 'FirstName' },
    });

    const words = await at(43);
    const left = words.find((i) => i.label === 'Left')!;
    expect(left).toMatchObject({
      kind: 3,
      insertTextFormat: 2,
      textEdit: {
        range: { start: { line: 0, character: 42 }, end: { line: 0, character: 43 } },
        newText: 'Left(${1:String}, ${2:Number})',
      },
    });
    expect(words.find((i) => i.label === 'Contact')).toMatchObject({
      textEdit: { newText: 'Contact.' },
      command: { title: 'Suggest', command: 'editor.action.triggerSuggest' },
    });

    expect(await at(50)).toEqual([
      expect.objectContaining({
        label: '<$ … $>',
        insertTextFormat: 2,
        textEdit: { range: { start: { line: 0, character: 50 }, end: { line: 0, character: 50 } }, newText: ' $0 $>' },
      }),
    ]);
    // Outside template strings (a key, `name` of a notification parameter…) nothing is proposed.
    expect(await at(5)).toEqual([]);
  });

  it('gives signature help with the active parameter', async () => {
    const uri = project.uri('signature.txt');
    const text = "<$ Left(Contact.FirstName, $> <$ If(Contact.FirstName = 'a', Mid('x', $>";
    await client.open(uri, text);
    const help = (character: number) =>
      client.request<{ signatures: Array<{ label: string }>; activeParameter: number } | null>('textDocument/signatureHelp', {
        textDocument: { uri },
        position: { line: 0, character },
      });
    expect(await help(8)).toMatchObject({ signatures: [{ label: 'Left(String, Number)' }], activeParameter: 0 });
    expect(await help(27)).toMatchObject({ signatures: [{ label: 'Left(String, Number)' }], activeParameter: 1 });
    const inner = await help(70);
    expect(inner?.signatures[0]?.label).toMatch(/^Mid\(/u);
    expect(inner?.activeParameter).toBe(1);
    expect(await help(2)).toBeNull();
  });

  it('hovers with the documentation and the value rendered with the file sampleData', async () => {
    const uri = project.uri('reply.json');
    const hover = await client.request<{ contents: { kind: string; value: string }; range: LspDiagnostic['range'] }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 3, character: 44 },
    });
    expect(hover.range).toEqual({ start: { line: 3, character: 41 }, end: { line: 3, character: 50 } });
    expect(hover.contents.kind).toBe('markdown');
    // The sample value `Ana "A"` comes out of JSON escapes; the data dictionary supplies the description.
    expect(hover.contents.value).toBe(
      [
        '**Contact.FirstName** (string)',
        '',
        'First name.',
        '',
        '---',
        '',
        'Renders to:',
        '',
        '```text',
        'Ana "A"',
        '```',
        '',
        "- Field code written '<${ … }>'; the standard spelling is '<$ … $>' (non-canonical-delimiter)",
      ].join('\n'),
    );
  });

  it('offers a quick fix per fixable diagnostic and a fix-all action', async () => {
    const uri = project.uri('fix.txt');
    const text = 'Hi <${ Contact.FirstName }> and <$< Contact.LoyaltyTier >>!\n';
    const diagnostics = await client.open(uri, text);
    expect(diagnostics.map((d) => d.code)).toEqual(['non-canonical-delimiter', 'non-canonical-delimiter']);
    type Action = {
      title: string;
      kind: string;
      isPreferred?: boolean;
      edit: { changes: Record<string, Array<{ range: LspDiagnostic['range']; newText: string }>> };
    };
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics: [diagnostics[0]] },
    });
    expect(actions.map((a) => [a.title, a.kind])).toEqual([
      ["Fix: Field code written '<${ … }>'; the standard spelling is '<$ … $>'", 'quickfix'],
      ['Fix all fieldcode problems', 'source.fixAll.fieldcode'],
    ]);
    expect(actions[0]!.edit.changes[uri]).toEqual([
      { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 27 } }, newText: '<$ Contact.FirstName $>' },
    ]);
    expect(applyEdits(text, actions[1]!.edit.changes[uri]!)).toBe('Hi <$ Contact.FirstName $> and <$ Contact.LoyaltyTier $>!\n');
    const onlyFixAll = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(onlyFixAll.map((a) => a.kind)).toEqual(['source.fixAll.fieldcode']);
  });

  it('fixes inside JSON strings with JSON-escaped edits', async () => {
    const uri = project.uri('fix.json');
    const text = '{ "plainText": "\\"Hi\\" <${ If(Contact.FirstName = \\"\\", \'you\', Contact.FirstName) }>" }';
    const diagnostics = await client.open(uri, text);
    const delimiter = diagnostics.find((d) => d.code === 'non-canonical-delimiter')!;
    const actions = await client.request<
      Array<{ edit: { changes: Record<string, Array<{ range: LspDiagnostic['range']; newText: string }>> } }>
    >('textDocument/codeAction', { textDocument: { uri }, range: delimiter.range, context: { diagnostics: [delimiter] } });
    const fixed = applyEdits(text, actions[0]!.edit.changes[uri]!);
    expect(fixed).toBe('{ "plainText": "\\"Hi\\" <$ If(Contact.FirstName = \\"\\", \'you\', Contact.FirstName) $>" }');
    expect(JSON.parse(fixed)).toEqual({ plainText: '"Hi" <$ If(Contact.FirstName = "", \'you\', Contact.FirstName) $>' });
  });

  it('returns semantic tokens for field codes and {{n}} placeholders inside JSON strings', async () => {
    const uri = project.uri('tokens.json');
    const text = [
      '{',
      '  "structured": { "contentType": "notification", "content": [',
      '    { "index": 1, "type": "notification", "id": "ns@t", "language": "en", "text": "\\tHi {{1}}",',
      '      "parameters": [{ "index": 1, "value": "\\"<$ Upper(Contact.FirstName) $>" }] }',
      '  ] }',
      '}',
    ].join('\n');
    await client.open(uri, text);
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const types = ['macro', 'namespace', 'property', 'function', 'string', 'number', 'operator', 'keyword', 'variable', 'parameter'];
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
      const tokenLine = text.split('\n')[line]!;
      decoded.push(`${line}:${character} ${types[data[i + 3]!]} ${tokenLine.slice(character, character + data[i + 2]!)}`);
    }
    expect(decoded).toEqual([
      '2:88 parameter {{1}}',
      '3:47 macro <$',
      '3:50 function Upper',
      '3:56 namespace Contact',
      '3:64 property FirstName',
      '3:75 macro $>',
    ]);
  });

  it('re-lints open files when the config changes, and shows an invalid config', async () => {
    const uri = project.uri('config-change.txt');
    const configPath = join(project.dir, 'fieldcode.config.json');
    const configUri = pathToFileURL(configPath).href;
    expect(
      (await client.open(uri, 'Hi <${ Contact.FirstName }>, <$ Contact.ShoeSize $> <$ Fromat(1) $>\n')).map(
        (d) => `${d.code} ${d.severity}`,
      ),
    ).toEqual(['body-length 2', 'non-canonical-delimiter 2', 'unknown-field 1', 'unknown-function 1']);

    project.write(
      'fieldcode.config.json',
      '{ "dataSchema": "data/render-data.schema.json", "rules": { "unknown-field": "off", "unknown-function": "warning" } }',
    );
    let next = client.diagnostics(uri);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    expect((await next).map((d) => `${d.code} ${d.severity}`)).toEqual([
      'body-length 2',
      'non-canonical-delimiter 2',
      'unknown-function 2',
    ]);

    project.write('fieldcode.config.json', '{ "rules": { "no-such-rule": "error" } }');
    next = client.diagnostics(uri);
    const onConfig = client.diagnostics(configUri);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const invalid = await next;
    expect(invalid[0]).toMatchObject({ code: 'invalid-config', severity: 1, range: { start: { line: 0, character: 0 } } });
    expect(invalid[0]!.message).toBe(
      "Not linted: invalid config fieldcode.config.json (1 unknown rule)\nfieldcode.config.json:1:14 error Unknown rule 'no-such-rule'. [unknown-rule]",
    );
    expect((await onConfig).map((d) => d.message)).toEqual([
      "invalid config fieldcode.config.json (1 unknown rule)\nfieldcode.config.json:1:14 error Unknown rule 'no-such-rule'. [unknown-rule]",
    ]);

    project.write('fieldcode.config.json', '{ "dataSchema": "data/render-data.schema.json" }');
    next = client.diagnostics(uri);
    const cleared = client.diagnostics(configUri);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    expect((await next).map((d) => d.code)).toEqual(['body-length', 'non-canonical-delimiter', 'unknown-field', 'unknown-function']);
    expect(await cleared).toEqual([]);
  });
});

describe('fieldcode lsp with a templates export', () => {
  it('reports template findings as `fieldcode lint` does', async () => {
    const fixtures = join(root, 'test', 'fixtures', 'templates');
    const response = readFileSync(join(fixtures, 'appointment-reminder.json'), 'utf8').replace(
      'Reply to confirm or',
      'Reply to confirm, or to',
    );
    const project = makeProject({
      'fieldcode.config.json': '{ "templates": "meta/message-templates.json" }',
      'meta/message-templates.json': readFileSync(join(fixtures, 'message-templates.json'), 'utf8'),
      'reminder.json': response,
    });
    const { client } = await LspClient.start(project.dir);
    try {
      const cli = JSON.parse(fieldcode(project.dir, 'lint', '--format', 'json', 'reminder.json').stdout) as Array<{
        messages: Array<{ ruleId: string; message: string; line: number; column: number }>;
      }>;
      const diagnostics = await client.open(project.uri('reminder.json'), response);
      expect(diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).sort()).toEqual(
        cli[0]!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).sort(),
      );
      expect(diagnostics.map((d) => d.code)).toContain('template-drift');
    } finally {
      expect(await client.stop()).toBe(0);
      project.remove();
    }
  });
});
