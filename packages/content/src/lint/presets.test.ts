import { describe, expect, it } from 'vitest';
import { lint, ruleMetas } from './engine.js';
import { builtinPreset, isBuiltinPreset } from './presets.js';

const severityOf = (name: Parameters<typeof builtinPreset>[0], id: string) => builtinPreset(name, ruleMetas)[id];

describe('built-in presets, derived from rule metadata', () => {
  it('recommended is every rule at its default severity', () => {
    expect(builtinPreset('fieldcode:recommended', ruleMetas)).toEqual(
      Object.fromEntries(ruleMetas.map((meta) => [meta.id, meta.defaultSeverity])),
    );
  });

  it('strict turns every rule on, a step up', () => {
    expect(severityOf('fieldcode:strict', 'unknown-function')).toBe('error');
    expect(severityOf('fieldcode:strict', 'non-canonical-delimiter')).toBe('error');
    expect(severityOf('fieldcode:strict', 'interactive-as-notification')).toBe('warning');
    expect(severityOf('fieldcode:strict', 'genesys-compat')).toBe('warning');
    expect(Object.values(builtinPreset('fieldcode:strict', ruleMetas))).not.toContain('off');
  });

  it('genesys runs exactly the rules that report what Genesys refuses', () => {
    const on = Object.entries(builtinPreset('fieldcode:genesys', ruleMetas))
      .filter(([, severity]) => severity !== 'off')
      .map(([id, severity]) => `${id}:${severity}`)
      .sort();
    expect(on).toEqual(['field-code-syntax:error', 'genesys-compat:error', 'json-syntax:error', 'schema:error', 'unknown-function:error']);
  });

  it('are applied by lint() before the rules option', () => {
    const text = '{"plainText": "Hi <${ Contact.FirstName }> <$ Upper(\\"x\\") $>"}';
    const codes = (presets: string[], rules = {}) =>
      lint(text, { filePath: 'a.json', presets, rules }).diagnostics.map((d) => `${d.code}:${d.severity}`);
    expect(codes([])).toEqual(['non-canonical-delimiter:warning']);
    expect(codes(['fieldcode:strict'])).toEqual(['non-canonical-delimiter:error', 'genesys-compat:warning']);
    expect(codes(['fieldcode:genesys'])).toEqual(['genesys-compat:error']);
    expect(codes(['fieldcode:genesys'], { 'genesys-compat': 'warning' })).toEqual(['genesys-compat:warning']);
    expect(lint(text, { filePath: 'a.json', presets: ['fieldcode:lenient'] }).diagnostics.map((d) => d.message)).toEqual([
      "Rule 'lint' failed on this file (unknown preset 'fieldcode:lenient' (a preset is fieldcode:recommended, fieldcode:strict, fieldcode:genesys or named <plugin>/<preset>)); please report it.",
    ]);
  });

  it('names the built-in presets', () => {
    expect(isBuiltinPreset('fieldcode:genesys')).toBe(true);
    expect(isBuiltinPreset('acme/base')).toBe(false);
  });
});
