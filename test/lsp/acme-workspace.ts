// A workspace with a lint plugin (a rule on by default, a rule only its preset turns on), the
// plugin's preset in extends and an override for a sub-folder, with the findings `fieldcode lint`
// gives for it: the CLI, the studio and the language server must all report exactly these.

/** `acme/no-todo` is on by default (warning); `acme/shout` is off unless the preset `acme/strict` turns it on. */
export const ACME = `
const noTodo = {
  meta: {
    id: 'acme/no-todo',
    defaultSeverity: 'warning',
    description: 'No TODO left in a response.',
    docs: 'https://acme.example/rules/no-todo',
    fixable: true,
    appliesTo: ['plain-text', 'envelope'],
    messages: { todo: 'Resolve the {{word}} before sending.' },
  },
  check(context) {
    for (const match of context.file.text.matchAll(/TODO/g)) {
      context.report({ range: { start: match.index, end: match.index + 4 }, messageId: 'todo', data: { word: 'TODO' },
        fix: { start: match.index, end: match.index + 4, text: 'DONE' } });
    }
  },
};
const shout = {
  meta: {
    id: 'acme/shout',
    defaultSeverity: 'off',
    description: 'No shouting.',
    docs: 'https://acme.example/rules/shout',
    appliesTo: ['plain-text', 'envelope'],
    messages: { shout: 'Do not shout.' },
  },
  check(context) {
    for (const match of context.file.text.matchAll(/HELLO/g)) {
      context.report({ range: { start: match.index, end: match.index + 5 }, messageId: 'shout' });
    }
  },
};
export default { name: 'acme', rules: [noTodo, shout], presets: { strict: { 'acme/shout': 'error' } } };
`;

export const config = {
  plugins: ['./plugins/acme.mjs'],
  extends: ['acme/strict'],
  overrides: [{ files: ['legal/**'], rules: { 'acme/no-todo': 'error', 'acme/shout': 'off' } }],
};

export const files: Record<string, string> = {
  'welcome.txt': 'HELLO, TODO: <$ Contact.FirstName $>\n',
  'legal/terms.txt': 'HELLO, TODO: <$ Contact.FirstName $>\n',
  'legal/notice.json': '{ "plainText": "HELLO and TODO" }\n',
};

/** What each consumer must report, as `line:column-endLine:endColumn severity rule message` (1-based). */
export const expected: Record<string, string[]> = {
  'welcome.txt': ['1:1-1:6 error acme/shout Do not shout.', '1:8-1:12 warning acme/no-todo Resolve the TODO before sending.'],
  'legal/terms.txt': ['1:8-1:12 error acme/no-todo Resolve the TODO before sending.'],
  'legal/notice.json': ['1:27-1:31 error acme/no-todo Resolve the TODO before sending.'],
};
