/**
 * Monarch grammars: `fieldcode` (plain field-code text) and the JSON grammar used for standard
 * responses, which tokenizes field codes and `{{n}}` placeholders inside JSON strings. Modelled
 * on monaco's liquid grammar: text states switch into an expression state on the opening
 * delimiter and pop back on the closing one.
 */
import type { languages } from 'monaco-editor/editor';
import { BINARY_OPERATOR_SYMBOLS } from '@fieldcode/language';

const keywords = ['and', 'or', 'xor', 'not', 'mod', 'true', 'false', 'lt', 'le', 'gt', 'ge', 'eq', 'ne'];
const objects = ['contact', 'agent', 'interaction'];
/** The symbol operators of the language's operator table (`<=`, `&&`, `^`, …); word operators are keywords. */
const operators = [...BINARY_OPERATOR_SYMBOLS];
/**
 * A run of operator characters; the grammar colours it as an operator only when the run is one of
 * `operators` (Monarch's `@operators` case), so the table decides, and this static pattern needs
 * no regex-safety exemption (a generated RegExp would).
 */
export const SYMBOL_RUN = /[-+*/=<>:&|!^%]+/;

/** Token names used by both grammars (the theme colours them). */
export const TOKENS = Object.freeze({
  delimiter: 'fc.delimiter',
  object: 'fc.object',
  property: 'fc.property',
  function: 'fc.function',
  variable: 'fc.variable',
  keyword: 'fc.keyword',
  operator: 'fc.operator',
  string: 'fc.string',
  number: 'fc.number',
  placeholder: 'fc.placeholder',
  bracket: 'fc.bracket',
});

/** Expression rules shared by the plain and JSON grammars; `jsonEscapes` adds `\"…\"` strings. */
function expressionRules(jsonEscapes: boolean): languages.IMonarchLanguageRule[] {
  const rules: languages.IMonarchLanguageRule[] = [
    [/\s+/, ''],
    [/'(?:[^'\\]|\\.)*'/, TOKENS.string],
  ];
  if (jsonEscapes) rules.push([/\\"(?:[^"\\]|\\[^"])*\\"/, TOKENS.string]);
  else rules.push([/"(?:[^"\\]|\\.)*"/, TOKENS.string]);
  rules.push(
    [/\d*\.\d+|\d+/, TOKENS.number],
    [/(\.)(\s*)([A-Za-z_]\w*)/, [TOKENS.operator, '', TOKENS.property]],
    [/[A-Za-z_]\w*(?=\s*\()/, TOKENS.function],
    [/[A-Za-z_]\w*/, { cases: { '@objects': TOKENS.object, '@keywords': TOKENS.keyword, '@default': TOKENS.variable } }],
    [SYMBOL_RUN, { cases: { '@operators': TOKENS.operator, '@default': '' } }],
    [/[(),]/, TOKENS.bracket],
  );
  return rules;
}

/** States for the three delimiter spellings; `exit` is the rule list that leaves early (JSON string end). */
function fieldCodeStates(prefix: string, jsonEscapes: boolean): Record<string, languages.IMonarchLanguageRule[]> {
  const leave: languages.IMonarchLanguageRule[] = jsonEscapes ? [[/"/, { token: 'string.value.json', next: '@popall' }]] : [];
  const expr = expressionRules(jsonEscapes);
  return {
    [`${prefix}Dollar`]: [[/\$>/, { token: TOKENS.delimiter, next: '@pop' }], ...leave, ...expr],
    [`${prefix}Brace`]: [[/\}>/, { token: TOKENS.delimiter, next: '@pop' }], ...leave, ...expr],
    [`${prefix}Angle`]: [[/>>/, { token: TOKENS.delimiter, next: '@pop' }], ...leave, ...expr],
  };
}

function openers(prefix: string): languages.IMonarchLanguageRule[] {
  return [
    [/<\$\{/, { token: TOKENS.delimiter, next: `@${prefix}Brace` }],
    [/<\$</, { token: TOKENS.delimiter, next: `@${prefix}Angle` }],
    [/<\$/, { token: TOKENS.delimiter, next: `@${prefix}Dollar` }],
    [/\{\{\s*\d+\s*\}\}/, TOKENS.placeholder],
  ];
}

/** Plain field-code text (`.txt` standard responses). */
export const fieldcodeGrammar: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '',
  ignoreCase: true,
  keywords,
  objects,
  operators,
  tokenizer: {
    root: [...openers('fc'), [/[^<{]+/, ''], [/./, '']],
    ...fieldCodeStates('fc', false),
  },
};

/** JSON whose string values may hold field codes and placeholders. */
export const fieldcodeJsonGrammar: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '',
  ignoreCase: true,
  keywords,
  objects,
  operators,
  tokenizer: {
    root: [
      [/\s+/, ''],
      [/[{}[\]]/, 'delimiter.bracket.json'],
      [/[,:]/, 'delimiter.json'],
      [/"(?=(?:[^"\\]|\\.)*"\s*:)/, { token: 'string.key.json', next: '@key' }],
      [/"/, { token: 'string.value.json', next: '@string' }],
      [/-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/, 'number.json'],
      [/true|false|null/, 'keyword.json'],
      [/./, 'invalid'],
    ],
    key: [
      [/[^"\\]+/, 'string.key.json'],
      [/\\./, 'string.key.json'],
      [/"/, { token: 'string.key.json', next: '@pop' }],
    ],
    string: [
      ...openers('json'),
      [/\\./, 'string.escape.json'],
      [/"/, { token: 'string.value.json', next: '@pop' }],
      [/[^"\\<{]+/, 'string.value.json'],
      [/./, 'string.value.json'],
    ],
    ...fieldCodeStates('json', true),
  },
};

/** Colours of the field-code tokens on top of monaco's light theme. */
export const fieldcodeThemeRules = [
  { token: TOKENS.delimiter, foreground: '8250df', fontStyle: 'bold' },
  { token: TOKENS.object, foreground: '0550ae', fontStyle: 'bold' },
  { token: TOKENS.property, foreground: '0a7f6f' },
  { token: TOKENS.function, foreground: '953800' },
  { token: TOKENS.variable, foreground: '116329' },
  { token: TOKENS.keyword, foreground: 'cf222e' },
  { token: TOKENS.operator, foreground: '6e7781' },
  { token: TOKENS.string, foreground: '0a3069' },
  { token: TOKENS.number, foreground: '0550ae' },
  { token: TOKENS.placeholder, foreground: 'bc4c00', fontStyle: 'bold underline' },
  { token: TOKENS.bracket, foreground: '57606a' },
];

/** The same tokens for a dark background (`fieldcode-dark`, on monaco's `vs-dark`); colours keep 4.5:1 contrast on #1e1e1e. */
export const fieldcodeDarkThemeRules = [
  { token: TOKENS.delimiter, foreground: 'd2a8ff', fontStyle: 'bold' },
  { token: TOKENS.object, foreground: '79c0ff', fontStyle: 'bold' },
  { token: TOKENS.property, foreground: '56d4bc' },
  { token: TOKENS.function, foreground: 'ffa657' },
  { token: TOKENS.variable, foreground: '7ee787' },
  { token: TOKENS.keyword, foreground: 'ff7b72' },
  { token: TOKENS.operator, foreground: 'b1bac4' },
  { token: TOKENS.string, foreground: 'a5d6ff' },
  { token: TOKENS.number, foreground: '79c0ff' },
  { token: TOKENS.placeholder, foreground: 'ffa657', fontStyle: 'bold underline' },
  { token: TOKENS.bracket, foreground: 'b1bac4' },
];
