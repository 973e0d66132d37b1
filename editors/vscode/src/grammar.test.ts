// The TextMate grammars as VS Code runs them (vscode-textmate + vscode-oniguruma), with VS Code's
// JSON grammar as the host of the injection (from tm-grammars), on the fixtures in test-fixtures/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const extensionDir = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')) as {
  contributes: { grammars: Array<{ scopeName: string; path: string; injectTo?: string[] }> };
};
/** Grammar files by scope: the extension's from its manifest, the JSON host grammar from tm-grammars. */
const grammarFiles = new Map<string, string>([
  ['source.json', require.resolve('tm-grammars/grammars/json.json')],
  ...manifest.contributes.grammars.map((g): [string, string] => [g.scopeName, join(extensionDir, g.path)]),
]);

let registry: vsctm.Registry;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scope) => {
      const file = grammarFiles.get(scope);
      return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    // Injections as VS Code applies them: every contributed grammar whose injectTo names the scope.
    getInjections: (scope) => manifest.contributes.grammars.filter((g) => g.injectTo?.includes(scope)).map((g) => g.scopeName),
  });
});

/** Each token of a line as `text → scopes`, keeping only the fieldcode scopes (tokens without one are left out). */
async function fieldcodeTokens(scope: string, fixture: string): Promise<string[][]> {
  const grammar = (await registry.loadGrammar(scope))!;
  const text = readFileSync(join(extensionDir, 'test-fixtures', fixture), 'utf8');
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.flatMap((token) => {
      const own = token.scopes.filter((s) => s.endsWith('.fieldcode'));
      return own.length === 0 ? [] : [`${line.slice(token.startIndex, token.endIndex)} → ${own.join(' ')}`];
    });
  });
}

describe('field codes inside JSON strings (injection into source.json)', () => {
  it('scopes delimiters, objects, properties, functions, operators, JSON-escaped strings and placeholders', async () => {
    // Line 2 is envelope metadata (`name`): a TextMate grammar cannot tell template strings from others;
    // the language server's semantic tokens can, and colour only templates.
    expect(await fieldcodeTokens('source.json', 'reply.json')).toEqual([
      [],
      [
        '<$ → meta.embedded.fieldcode punctuation.section.embedded.begin.fieldcode',
        '  → meta.embedded.fieldcode',
        'Contact → meta.embedded.fieldcode variable.language.object.fieldcode',
        '. → meta.embedded.fieldcode punctuation.accessor.fieldcode',
        'Id → meta.embedded.fieldcode variable.other.property.fieldcode',
        '  → meta.embedded.fieldcode',
        '$> → meta.embedded.fieldcode punctuation.section.embedded.end.fieldcode',
      ],
      [
        '<$ → meta.embedded.fieldcode punctuation.section.embedded.begin.fieldcode',
        '  → meta.embedded.fieldcode',
        'Upper → meta.embedded.fieldcode entity.name.function.fieldcode',
        '( → meta.embedded.fieldcode punctuation.section.parens.fieldcode',
        'Contact → meta.embedded.fieldcode variable.language.object.fieldcode',
        '. → meta.embedded.fieldcode punctuation.accessor.fieldcode',
        'FirstName → meta.embedded.fieldcode variable.other.property.fieldcode',
        ') → meta.embedded.fieldcode punctuation.section.parens.fieldcode',
        '  → meta.embedded.fieldcode',
        '$> → meta.embedded.fieldcode punctuation.section.embedded.end.fieldcode',
        '<${ → meta.embedded.fieldcode punctuation.section.embedded.begin.fieldcode',
        '  → meta.embedded.fieldcode',
        'Contact → meta.embedded.fieldcode variable.language.object.fieldcode',
        '. → meta.embedded.fieldcode punctuation.accessor.fieldcode',
        'MyFC_BillAmount → meta.embedded.fieldcode variable.other.property.fieldcode',
        '  → meta.embedded.fieldcode',
        ': → meta.embedded.fieldcode keyword.operator.fieldcode',
        '  → meta.embedded.fieldcode',
        '\\" → meta.embedded.fieldcode string.quoted.double.fieldcode',
        '#,##0.00 → meta.embedded.fieldcode string.quoted.double.fieldcode',
        '\\" → meta.embedded.fieldcode string.quoted.double.fieldcode',
        '  → meta.embedded.fieldcode',
        '}> → meta.embedded.fieldcode punctuation.section.embedded.end.fieldcode',
        '{{1}} → variable.parameter.placeholder.fieldcode',
      ],
      [
        '<$< → meta.embedded.fieldcode punctuation.section.embedded.begin.fieldcode',
        '  → meta.embedded.fieldcode',
        'If → meta.embedded.fieldcode entity.name.function.fieldcode',
        '( → meta.embedded.fieldcode punctuation.section.parens.fieldcode',
        'Agent → meta.embedded.fieldcode variable.language.object.fieldcode',
        '. → meta.embedded.fieldcode punctuation.accessor.fieldcode',
        'FullName → meta.embedded.fieldcode variable.other.property.fieldcode',
        '  → meta.embedded.fieldcode',
        '<> → meta.embedded.fieldcode keyword.operator.fieldcode',
        '  → meta.embedded.fieldcode',
        "' → meta.embedded.fieldcode string.quoted.single.fieldcode",
        "' → meta.embedded.fieldcode string.quoted.single.fieldcode",
        ', → meta.embedded.fieldcode punctuation.separator.comma.fieldcode',
        '  → meta.embedded.fieldcode',
        'Agent → meta.embedded.fieldcode variable.language.object.fieldcode',
        '. → meta.embedded.fieldcode punctuation.accessor.fieldcode',
        'FullName → meta.embedded.fieldcode variable.other.property.fieldcode',
        ', → meta.embedded.fieldcode punctuation.separator.comma.fieldcode',
        '  → meta.embedded.fieldcode',
        '1.5 → meta.embedded.fieldcode constant.numeric.fieldcode',
        ') → meta.embedded.fieldcode punctuation.section.parens.fieldcode',
        '  → meta.embedded.fieldcode',
        '>> → meta.embedded.fieldcode punctuation.section.embedded.end.fieldcode',
        '<$ → meta.embedded.fieldcode punctuation.section.embedded.begin.fieldcode',
        '  → meta.embedded.fieldcode',
        'unclosed → meta.embedded.fieldcode variable.other.fieldcode',
      ],
      [],
      [],
    ]);
  });
});

describe('plain-text responses (text.fieldcode)', () => {
  it('scopes field codes in every spelling and placeholders, and leaves the text alone', async () => {
    const tokens = await fieldcodeTokens('text.fieldcode', 'welcome.txt');
    expect(
      tokens.map((line) => line.filter((token) => !token.endsWith(' → text.fieldcode')).map((t) => t.replace('text.fieldcode ', ''))),
    ).toEqual([
      [
        '<$ → meta.embedded.fieldcode punctuation.section.embedded.begin.fieldcode',
        '  → meta.embedded.fieldcode',
        'Contact → meta.embedded.fieldcode variable.language.object.fieldcode',
        '. → meta.embedded.fieldcode punctuation.accessor.fieldcode',
        'FirstName → meta.embedded.fieldcode variable.other.property.fieldcode',
        '  → meta.embedded.fieldcode',
        '$> → meta.embedded.fieldcode punctuation.section.embedded.end.fieldcode',
        '{{1}} → variable.parameter.placeholder.fieldcode',
      ],
      [
        '<$ → meta.embedded.fieldcode punctuation.section.embedded.begin.fieldcode',
        '  → meta.embedded.fieldcode',
        'If → meta.embedded.fieldcode entity.name.function.fieldcode',
        '( → meta.embedded.fieldcode punctuation.section.parens.fieldcode',
        'Interaction → meta.embedded.fieldcode variable.language.object.fieldcode',
        '. → meta.embedded.fieldcode punctuation.accessor.fieldcode',
        'DateCreated → meta.embedded.fieldcode variable.other.property.fieldcode',
        '  → meta.embedded.fieldcode',
        '>= → meta.embedded.fieldcode keyword.operator.fieldcode',
        '  → meta.embedded.fieldcode',
        'Now → meta.embedded.fieldcode entity.name.function.fieldcode',
        '( → meta.embedded.fieldcode punctuation.section.parens.fieldcode',
        ') → meta.embedded.fieldcode punctuation.section.parens.fieldcode',
        ', → meta.embedded.fieldcode punctuation.separator.comma.fieldcode',
        '  → meta.embedded.fieldcode',
        '" → meta.embedded.fieldcode string.quoted.double.fieldcode',
        'later → meta.embedded.fieldcode string.quoted.double.fieldcode',
        '" → meta.embedded.fieldcode string.quoted.double.fieldcode',
        ', → meta.embedded.fieldcode punctuation.separator.comma.fieldcode',
        '  → meta.embedded.fieldcode',
        "' → meta.embedded.fieldcode string.quoted.single.fieldcode",
        'now → meta.embedded.fieldcode string.quoted.single.fieldcode',
        "' → meta.embedded.fieldcode string.quoted.single.fieldcode",
        ') → meta.embedded.fieldcode punctuation.section.parens.fieldcode',
        '  → meta.embedded.fieldcode',
        '$> → meta.embedded.fieldcode punctuation.section.embedded.end.fieldcode',
        '<$< → meta.embedded.fieldcode punctuation.section.embedded.begin.fieldcode',
        '  → meta.embedded.fieldcode',
        '2 → meta.embedded.fieldcode constant.numeric.fieldcode',
        '  → meta.embedded.fieldcode',
        'Mod → meta.embedded.fieldcode keyword.operator.word.fieldcode',
        '  → meta.embedded.fieldcode',
        '3 → meta.embedded.fieldcode constant.numeric.fieldcode',
        '  → meta.embedded.fieldcode',
        '>> → meta.embedded.fieldcode punctuation.section.embedded.end.fieldcode',
      ],
      [],
    ]);
  });
});
