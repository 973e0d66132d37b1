import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './testing.js';
import { createLineIndex } from '@fieldcode/language';
import { lint } from './engine.js';
import { parseJsonText, positionInJsonText, validateJsonText } from './validate-json.js';

describe('validateJsonText', () => {
  it('validates a config and positions the issues', () => {
    const { value, diagnostics } = validateJsonText('{\n  "profile": "whatsapp",\n  "rulez": {}\n}', 'fieldcode-config');
    expect(value).toEqual({ profile: 'whatsapp', rulez: {} });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "schema error 3:3-3:10 Unknown property 'rulez' (not allowed at the top level). @/rulez",
    ]);
  });

  it('reports JSON syntax errors', () => {
    expect(validateJsonText('{"profile": }', 'fieldcode-config').diagnostics.map(formatDiagnostic)).toEqual([
      "json-syntax error 1:13-1:14 Expected a value but found '}'",
    ]);
  });

  it('words each schema case from the schema rule (lengths, item counts, types, values) and the validator otherwise', () => {
    const text = '{"plugins": [""], "overrides": [{"files": []}], "profile": 3, "extends": "nope!", "rules": {"x": "loud"}}';
    expect(validateJsonText(text, 'fieldcode-config').diagnostics.map((d) => d.message)).toEqual([
      "'/plugins/0' must NOT have fewer than 1 characters.",
      "'/overrides/0/files' must NOT have fewer than 1 items.",
      "'/profile' must be string.",
      '\'/extends\' must match pattern "^(fieldcode:(recommended|strict|genesys)|[^/:]+/[^/]+)$".',
      "'/extends' must be array.",
      "'/extends' must match a schema in anyOf.",
      '\'/rules/x\' must be equal to one of the allowed values: "error", "warning", "info", "off".',
    ]);
  });

  it('names an unexpected character without quoting it in files that are not the project own', () => {
    expect(validateJsonText('{"a": @}', 'fieldcode-config').diagnostics.map((d) => d.message)).toEqual(['Unexpected character']);
    expect(parseJsonText('{"a": @}').diagnostics.map((d) => d.message)).toEqual(["Unexpected character '@'"]);
  });

  it('returns the value and no diagnostics for a valid document', () => {
    expect(validateJsonText('{"profile":"whatsapp-cloud","rules":{"body-length":"warning"}}', 'fieldcode-config')).toEqual({
      value: { profile: 'whatsapp-cloud', rules: { 'body-length': 'warning' } },
      diagnostics: [],
    });
  });
});

describe('parseJsonText', () => {
  it('returns the value, or the json-syntax diagnostic exactly as the lint words it', () => {
    expect(parseJsonText('{"a": [1]}')).toEqual({ value: { a: [1] }, diagnostics: [] });
    const text = '{"a": 1,}';
    const { value, diagnostics } = parseJsonText(text);
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual(lint(text, { kind: 'json' }).diagnostics.filter((d) => d.code === 'json-syntax'));
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([['json-syntax', 1, 9]]);
  });
});

describe('positionInJsonText', () => {
  const text = '{\n  "a": [1, {"t": "x\\n\\"y\\u00e9<$ Foo $>"}]\n}';
  const lines = createLineIndex(text);
  const at = (offset: number) => ({ offset, line: 1, column: offset + 1 });
  const base = { code: 'x', severity: 'error' as const, message: 'm', range: { start: at(0), end: at(0) } };

  it('moves a range relative to a decoded string onto the file, through escapes', () => {
    // decoded "x\n\"yé<$ Foo $>": offsets 8–11 are 'Foo'
    const [moved] = positionInJsonText(text, [{ ...base, path: '/a/1/t', range: { start: at(8), end: at(11) } }]);
    expect(moved!.range).toEqual(lines.rangeAt(text.indexOf('Foo'), text.indexOf('Foo') + 3));
    expect(moved!.range.start).toEqual({ offset: text.indexOf('Foo'), line: 2, column: text.indexOf('Foo') - text.indexOf('\n') });
  });

  it('puts a diagnostic on a non-string value at the value, and leaves unknown paths, no path and non-JSON alone', () => {
    expect(positionInJsonText(text, [{ ...base, path: '/a/0' }])[0]!.range.start).toEqual(lines.positionAt(text.indexOf('1,')));
    expect(positionInJsonText(text, [{ ...base, path: '/nope' }])).toEqual([{ ...base, path: '/nope' }]);
    expect(positionInJsonText(text, [base])).toEqual([base]);
    expect(positionInJsonText('{', [{ ...base, path: '/a' }])).toEqual([{ ...base, path: '/a' }]);
  });
});
