import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './testing.js';
import { validateJsonText } from './validate-json.js';

describe('validateJsonText', () => {
  it('validates a config and positions the issues', () => {
    const { value, diagnostics } = validateJsonText('{\n  "profile": "whatsapp",\n  "rulez": {}\n}', 'fieldcode-config');
    expect(value).toEqual({ profile: 'whatsapp', rulez: {} });
    expect(diagnostics.map(formatDiagnostic)).toEqual(["schema error 3:3-3:10 Unknown property 'rulez' (not allowed at the top level). @/rulez"]);
  });

  it('reports JSON syntax errors', () => {
    expect(validateJsonText('{"profile": }', 'fieldcode-config').diagnostics.map(formatDiagnostic)).toEqual(["json-syntax error 1:13-1:14 Expected a value but found '}'"]);
  });

  it('returns the value and no diagnostics for a valid document', () => {
    expect(validateJsonText('{"profile":"whatsapp-cloud","rules":{"body-length":"warning"}}', 'fieldcode-config')).toEqual({
      value: { profile: 'whatsapp-cloud', rules: { 'body-length': 'warning' } },
      diagnostics: [],
    });
  });
});
