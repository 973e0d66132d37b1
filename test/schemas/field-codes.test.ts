// Enumerated fields (`type`, `contentType`, `mime`, `language`, `action`, `messageType`) must
// never hold a field code: replacing any of them, anywhere in the examples, by a field code gives
// exactly one `pattern` issue at that place. Also: the seed's example as printed is not JSON.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { validateSchema } from '@fieldcode/content';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = readdirSync(join(root, 'examples')).filter((file) => file.endsWith('.json') && file !== 'fieldcode.config.json').sort();
const enumerated = new Set(['type', 'contentType', 'mime', 'language', 'action', 'messageType']);

/** JSON pointers of every enumerated string field below `node`. */
function enumeratedFields(node: unknown, pointer = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => enumeratedFields(child, `${pointer}/${i}`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => [
    ...(enumerated.has(key) && typeof value === 'string' && !pointer.startsWith('/sampleData') ? [`${pointer}/${key}`] : []),
    ...enumeratedFields(value, `${pointer}/${key}`),
  ]);
}

function replaceAt(document: unknown, pointer: string, value: string): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  const keys = pointer.slice(1).split('/');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

const cases = examples.flatMap((file) => {
  const document = JSON.parse(readFileSync(join(root, 'examples', file), 'utf8'));
  return enumeratedFields(document).map((pointer) => [file, pointer, document] as const);
});

describe('field codes in enumerated fields', () => {
  it('covers every enumerated field kind in the examples', () => {
    expect([...new Set(cases.map(([, pointer]) => pointer.split('/').at(-1)))].sort()).toEqual([...enumerated].sort());
    expect(cases).toHaveLength(59);
  });

  it.each(cases.map(([file, pointer, document]) => [`${file} ${pointer}`, pointer, document] as const))('%s', (_name, pointer, document) => {
    for (const fieldCode of ["<$ Interaction.AttachedData('Kind') $>", '<${ Contact.Kind }>', '{{1}}']) {
      const issues = validateSchema('standard-response', replaceAt(document, pointer, fieldCode));
      const expected: Array<[string, string]> = [[pointer, 'pattern']];
      // The body item of a notification is found by its type: without it, `contains` fails too.
      const body = (document as { structured?: unknown }).structured ?? document;
      const itemPath = pointer.replace(/\/type$/, '');
      const item = itemPath.split('/').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document) as { type?: unknown } | undefined;
      if ((body as { contentType?: string }).contentType === 'notification' && /\/content\/\d+$/.test(itemPath) && item?.type === 'notification') {
        expected.push([itemPath.replace(/\/\d+$/, ''), 'contains']);
      }
      expect(issues.map((issue) => [issue.instancePath, issue.keyword])).toEqual(expected);
    }
  });
});

describe('the seed example as printed', () => {
  it('is not JSON: the first syntax error is at line 4, column 5 (the `{` opening an item of `"content": {`)', () => {
    const text = readFileSync(join(root, 'test/fixtures/seed/notification-verbatim.json'), 'utf8');
    expect(text.startsWith('{\n  "contentType": "notification",\n  "content": {\n    {\n      "index": 2,')).toBe(true);
    const errors: ParseError[] = [];
    parse(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0]!;
    const before = text.slice(0, first.offset).split('\n');
    expect([printParseErrorCode(first.error), before.length, before.at(-1)!.length + 1]).toEqual(['PropertyNameExpected', 4, 5]);
    expect(text).toContain('"text": "Hello {(1)},\\nYour bill of {(2)} is due on *{(3)}*.",');
    expect(text).toContain('"value": "<${ Contact.FirstName }> <${ Contact.LastName }>"');
  });
});
