import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '@fieldcode/content';
import { ensureBuilt, root } from './build.js';
import { fieldcode, fixtures } from './run.js';
import { validateSarif } from './sarif-validator.js';

const lintDir = join(fixtures, 'lint');
const renderDir = join(fixtures, 'render');
const version = (JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string }).version;
const seedBody = 'Hello John Smith,\nYour bill of $129.99 * is due on *March 7 / 2020 3:00 PM*.';

let scratch: string;

/**
 * Finding messages are worded by @fieldcode/content; the CLI must carry them verbatim. They are
 * taken from the library (sources) so these tests pin what the CLI adds: paths, positions,
 * layout, escaping and exit codes.
 */
const billText = readFileSync(join(lintDir, 'responses', 'bill.json'), 'utf8');
const billMessages = new Map(lint(billText, { filePath: 'bill.json' }).diagnostics.map((d) => [d.code, d.message]));
const unknownFunction = billMessages.get('unknown-function')!;
const delimiter = billMessages.get('non-canonical-delimiter')!;
const syntaxMessage = (file: string) =>
  lint(readFileSync(file, 'utf8'), { filePath: file }).diagnostics.find((d) => d.code === 'json-syntax')!.message;
const brokenSyntax = syntaxMessage(join(lintDir, 'responses', 'broken.json'));
const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

beforeAll(() => {
  ensureBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'fieldcode-cli-e2e-'));
  writeFileSync(join(scratch, 'fieldcode.config.json'), '{}\n');
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A fresh directory under the scratch folder (which has an empty config, so discovery stops there). */
function workspace(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const billStylish = () =>
  [
    'responses/bill.json',
    `  4:23   warning  ${delimiter.padEnd(Math.max(delimiter.length, unknownFunction.length))}  non-canonical-delimiter`,
    `  4:106  error    ${unknownFunction.padEnd(Math.max(delimiter.length, unknownFunction.length))}  unknown-function`,
    '      3 |   "profile": "whatsapp",',
    '    > 4 | …: "Hello <${ Contact.FirstName }>,\\nyour bill of <$ Contact.MyFC_BillAmount $> is due on <$ Fromat(CustomProp_Date) $>."',
    '        |                                                                                              ^',
    '      5 | }',
    '',
  ].join('\n');

const brokenStylish = [
  'responses/broken.json',
  `  4:3  error    ${brokenSyntax}  json-syntax`,
  '      3 |   "plainText": "Hello <$ Contact.FirstName $>"',
  '    > 4 |   "profile": "whatsapp"',
  '        |   ^',
  '      5 | }',
  '',
].join('\n');

describe('fieldcode (global)', { timeout: 60_000 }, () => {
  it('prints the version from package.json', () => {
    expect(fieldcode(lintDir, '--version')).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help for the program and for every command', () => {
    const help = fieldcode(lintDir, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe('Usage: fieldcode <command> [options]');
    for (const command of ['lint', 'render', 'rules', 'schema', 'serve']) {
      const result = fieldcode(lintDir, command, '--help');
      expect([result.status, result.stderr]).toEqual([0, '']);
      expect(result.stdout.split('\n')[0]!.startsWith(`Usage: fieldcode ${command}`)).toBe(true);
    }
  });

  it('rejects a missing command, an unknown command and bad flags with one line and exit 2', () => {
    const none = fieldcode(lintDir);
    expect([none.status, none.stdout, none.stderr.split('\n')[0]]).toEqual([2, '', 'Usage: fieldcode <command> [options]']);
    expect(fieldcode(lintDir, 'frobnicate')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "fieldcode: unknown command 'frobnicate' (expected one of: lint, render, rules, schema, serve, template, studio, lsp; see 'fieldcode --help')\n",
    });
    expect(fieldcode(lintDir, 'lint', '--bogus')).toEqual({
      status: 2,
      stdout: '',
      stderr: "fieldcode: lint: unknown option '--bogus' (see 'fieldcode lint --help')\n",
    });
    expect(fieldcode(lintDir, 'lint', '--format')).toEqual({
      status: 2,
      stdout: '',
      stderr: "fieldcode: lint: option '--format' needs a value (see 'fieldcode lint --help')\n",
    });
    // An empty value (`--config=`) is a missing one, not the working directory.
    expect(fieldcode(lintDir, 'lint', '--config=', '.')).toEqual({
      status: 2,
      stdout: '',
      stderr: "fieldcode: lint: option '--config' needs a value (see 'fieldcode lint --help')\n",
    });
    expect(fieldcode(lintDir, 'template', 'check', '--templates=', 'a.json')).toEqual({
      status: 2,
      stdout: '',
      stderr: "fieldcode: template check: option '--templates' needs a value (see 'fieldcode template check --help')\n",
    });
    expect(fieldcode(lintDir, 'lint', '--format', 'xml')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "fieldcode: lint: invalid --format 'xml': not a built-in format (stylish, json, sarif, github, gitlab, junit), and none of the formatter packages fieldcode-formatter-xml, eslint-formatter-xml or xml can be found from the working directory or the config's folder\n",
    });
    expect(fieldcode(lintDir, 'lint', '--max-warnings', '-1')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "fieldcode: lint: ambiguous value for '--max-warnings' (write --max-warnings=VALUE for a value starting with '-') (see 'fieldcode lint --help')\n",
    });
    expect(fieldcode(lintDir, 'lint', '--max-warnings', 'many')).toEqual({
      status: 2,
      stdout: '',
      stderr: "fieldcode: lint: invalid --max-warnings 'many' (expected a whole number from 0 to 9007199254740991)\n",
    });
    expect(fieldcode(lintDir, 'rules', 'extra')).toEqual({
      status: 2,
      stdout: '',
      stderr: "fieldcode: rules: unexpected argument 'extra' (see 'fieldcode rules --help')\n",
    });
  });
});

describe('fieldcode lint', { timeout: 60_000 }, () => {
  it('reports in the stylish format by default (exit 1 on errors; ignored, data and config files skipped)', () => {
    expect(fieldcode(lintDir, 'lint')).toEqual({
      status: 1,
      stdout: `${billStylish()}\n${brokenStylish}\n✖ 3 problems (2 errors, 1 warning)\n  0 errors and 1 warning potentially fixable with the \`--fix\` option.\n`,
      stderr: '',
    });
  });

  it('reports errors only with --quiet', () => {
    const result = fieldcode(lintDir, 'lint', 'responses', '--quiet');
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((line) => /^ {2}\d/.test(line))).toEqual([
      `  4:106  error    ${unknownFunction}  unknown-function`,
      `  4:3  error    ${brokenSyntax}  json-syntax`,
    ]);
    expect(result.stdout.endsWith('✖ 2 problems (2 errors, 0 warnings)\n')).toBe(true);
  });

  it('writes ESLint-shaped JSON', () => {
    const result = fieldcode(lintDir, 'lint', '--format', 'json');
    expect([result.status, result.stderr]).toEqual([1, '']);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        filePath: join(lintDir, 'responses', 'bill.json'),
        messages: [
          {
            ruleId: 'non-canonical-delimiter',
            severity: 1,
            message: delimiter,
            line: 4,
            column: 23,
            endLine: 4,
            endColumn: 47,
            fix: { range: [76, 100], text: '<$ Contact.FirstName $>' },
          },
          { ruleId: 'unknown-function', severity: 2, message: unknownFunction, line: 4, column: 106, endLine: 4, endColumn: 112 },
        ],
        errorCount: 1,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
      },
      {
        filePath: join(lintDir, 'responses', 'broken.json'),
        messages: [{ ruleId: 'json-syntax', severity: 2, message: brokenSyntax, line: 4, column: 3, endLine: 4, endColumn: 12 }],
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
      {
        filePath: join(lintDir, 'responses', 'welcome.txt'),
        messages: [],
        errorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ]);
  });

  it('writes SARIF 2.1.0 that validates against the official schema', () => {
    const result = fieldcode(lintDir, 'lint', '--format', 'sarif');
    expect([result.status, result.stderr]).toEqual([1, '']);
    const log = JSON.parse(result.stdout);
    expect(validateSarif(log)).toBe(true);
    expect(validateSarif.errors ?? null).toBe(null);
    const driver = log.runs[0].tool.driver;
    expect([driver.name, driver.version, driver.informationUri]).toEqual(['fieldcode', version, 'https://fieldcode.dev']);
    const ids = driver.rules.map((rule: { id: string }) => rule.id);
    expect(ids).toContain('json-syntax');
    expect(ids).toContain('binary-file');
    const results = log.runs[0].results.map(
      (r: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: unknown[] }) => ({
        ruleId: r.ruleId,
        rule: driver.rules[r.ruleIndex].id,
        level: r.level,
        text: r.message.text,
        location: r.locations[0],
      }),
    );
    const location = (uri: string, startLine: number, startColumn: number, endLine: number, endColumn: number) => ({
      physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine, startColumn, endLine, endColumn } },
    });
    expect(results).toEqual([
      {
        ruleId: 'non-canonical-delimiter',
        rule: 'non-canonical-delimiter',
        level: 'warning',
        text: delimiter,
        location: location('responses/bill.json', 4, 23, 4, 47),
      },
      {
        ruleId: 'unknown-function',
        rule: 'unknown-function',
        level: 'error',
        text: unknownFunction,
        location: location('responses/bill.json', 4, 106, 4, 112),
      },
      {
        ruleId: 'json-syntax',
        rule: 'json-syntax',
        level: 'error',
        text: brokenSyntax,
        location: location('responses/broken.json', 4, 3, 4, 12),
      },
    ]);
  });

  it('writes GitHub workflow commands', () => {
    expect(fieldcode(lintDir, 'lint', '--format', 'github')).toEqual({
      status: 1,
      stdout: [
        `::warning file=responses/bill.json,line=4,col=23,endLine=4,endColumn=47,title=non-canonical-delimiter::${delimiter}`,
        `::error file=responses/bill.json,line=4,col=106,endLine=4,endColumn=112,title=unknown-function::${unknownFunction}`,
        `::error file=responses/broken.json,line=4,col=3,endLine=4,endColumn=12,title=json-syntax::${brokenSyntax}`,
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('writes JUnit XML', () => {
    expect(fieldcode(lintDir, 'lint', 'responses/broken.json', 'responses/welcome.txt', '--format', 'junit')).toEqual({
      status: 1,
      stdout: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="fieldcode" tests="2" failures="1" errors="0" time="0">',
        '  <testsuite name="responses/broken.json" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase time="0" name="responses/broken.json:4:3 json-syntax" classname="responses/broken.json">',
        `      <failure type="error" message="${xml(brokenSyntax)}">responses/broken.json:4:3 Error - ${xml(brokenSyntax)} (json-syntax)</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="responses/welcome.txt" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase time="0" name="responses/welcome.txt" classname="responses/welcome.txt"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('exits 0 on a clean library and matches globs', () => {
    expect(fieldcode(join(fixtures, 'clean'), 'lint')).toEqual({ status: 0, stdout: '✔ no problems (2 files checked)\n', stderr: '' });
    expect(fieldcode(lintDir, 'lint', 'responses/*.txt')).toEqual({ status: 0, stdout: '✔ no problems (1 file checked)\n', stderr: '' });
  });

  it('fails with too many warnings only above --max-warnings', () => {
    const file = join(fixtures, 'fix', 'delimiters.json');
    const within = fieldcode(join(fixtures, 'fix'), 'lint', file, '--max-warnings', '2', '--format', 'json');
    expect([within.status, within.stderr, JSON.parse(within.stdout)[0].warningCount]).toEqual([0, '', 2]);
    const over = fieldcode(join(fixtures, 'fix'), 'lint', 'delimiters.json', '--max-warnings', '1', '--format', 'json');
    expect([over.status, over.stderr]).toEqual([1, 'fieldcode: too many warnings (2; maximum: 1)\n']);
  });

  it('rejects an invalid config with positioned diagnostics and exit 2', () => {
    expect(fieldcode(join(fixtures, 'bad-config'), 'lint')).toEqual({
      status: 2,
      stdout: '',
      stderr: [
        'fieldcode: invalid config fieldcode.config.json (2 errors)',
        "fieldcode.config.json:2:14 error '/profile' must be string. [schema]",
        "fieldcode.config.json:3:13 error '/ignore' must be array. [schema]",
        '',
      ].join('\n'),
    });
    expect(fieldcode(join(fixtures, 'unknown-rule'), 'lint')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "fieldcode: invalid config fieldcode.config.json (1 unknown rule)\nfieldcode.config.json:4:5 error Unknown rule 'no-such-rule'. [unknown-rule]\n",
    });
  });

  it("turns the config's dataSchema into the data dictionary", () => {
    const dir = join(fixtures, 'data-schema');
    const findings = (result: { stdout: string }) =>
      JSON.parse(result.stdout)[0].messages.map((m: { ruleId: string; severity: number; line: number; column: number }) => [
        m.ruleId,
        m.severity,
        m.line,
        m.column,
      ]);
    const withSchema = fieldcode(dir, 'lint', '--format', 'json');
    expect([withSchema.status, withSchema.stderr]).toEqual([1, '']);
    expect(findings(withSchema)).toEqual([
      ['body-length', 1, 1, 1],
      ['unknown-field', 2, 1, 72],
    ]);
    const without = fieldcode(dir, 'lint', '--format', 'json', '--config', '../clean/fieldcode.config.json');
    expect([without.status, findings(without)]).toEqual([0, []]);
    const missing = workspace('missing-data-schema');
    writeFileSync(join(missing, 'fieldcode.config.json'), '{ "dataSchema": "nope.schema.json" }\n');
    writeFileSync(join(missing, 'a.txt'), 'Hi\n');
    expect(fieldcode(missing, 'lint')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'fieldcode: cannot read nope.schema.json: no such file\n',
    });
  });

  it('uses --config instead of discovery', () => {
    const result = fieldcode(join(fixtures, 'clean'), 'lint', '--config', '../bad-config/fieldcode.config.json');
    expect([result.status, result.stderr.split('\n')[0]]).toEqual([
      2,
      `fieldcode: invalid config ${join(fixtures, 'bad-config', 'fieldcode.config.json')} (2 errors)`,
    ]);
    expect(fieldcode(join(fixtures, 'clean'), 'lint', '--config', 'nope.json')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'fieldcode: cannot read nope.json: no such file\n',
    });
  });

  it('rejects an unknown profile, a missing path and a folder without responses', () => {
    expect(fieldcode(lintDir, 'lint', '--profile', 'telex')).toEqual({
      status: 2,
      stdout: '',
      stderr: "fieldcode: lint: unknown profile 'telex' (known: whatsapp, whatsapp-cloud, apple-messages)\n",
    });
    expect(fieldcode(lintDir, 'lint', 'nope.json')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'fieldcode: no such file or directory: nope.json\n',
    });
    expect(fieldcode(join(fixtures, 'empty'), 'lint')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'fieldcode: no standard-response files (.json, .txt) found in .\n',
    });
    expect(fieldcode(lintDir, 'lint', 'responses/**/*.xml')).toEqual({
      status: 2,
      stdout: '',
      stderr: "fieldcode: no files match 'responses/**/*.xml'\n",
    });
  });

  it('reports binary, non-UTF-8 and oversized files as positioned findings without parsing them', () => {
    const dir = workspace('binary');
    writeFileSync(join(dir, 'image.json'), Buffer.from([0x7b, 0x0a, 0x20, 0x20, 0x22, 0x61, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x48, 0x69, 0x20, 0xe9, 0x74, 0xe9]));
    writeFileSync(join(dir, 'huge.json'), '');
    truncateSync(join(dir, 'huge.json'), 50 * 1024 * 1024);
    const started = Date.now();
    const result = fieldcode(dir, 'lint', '--format', 'json');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect([result.status, result.stderr]).toEqual([1, '']);
    expect(
      JSON.parse(result.stdout).map((file: { filePath: string; messages: unknown[] }) => [
        file.filePath.slice(dir.length + 1),
        file.messages,
      ]),
    ).toEqual([
      [
        'huge.json',
        [
          {
            ruleId: 'file-too-large',
            severity: 2,
            message: 'File is 52428800 bytes; files over 5242880 bytes are not linted.',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
          },
        ],
      ],
      [
        'image.json',
        [
          {
            ruleId: 'binary-file',
            severity: 2,
            message: 'Binary file: a NUL byte was found; expected UTF-8 text.',
            line: 2,
            column: 5,
            endLine: 2,
            endColumn: 5,
          },
        ],
      ],
      [
        'latin1.txt',
        [{ ruleId: 'binary-file', severity: 2, message: 'Not valid UTF-8 text.', line: 1, column: 4, endLine: 1, endColumn: 4 }],
      ],
    ]);
  });

  it('--fix rewrites fixable files exactly, never touches a file that does not parse, and says what it changed', () => {
    const dir = workspace('fix');
    cpSync(join(fixtures, 'fix'), dir, { recursive: true });
    const brokenBefore = readFileSync(join(dir, 'broken.json'));
    const result = fieldcode(dir, 'lint', '--fix');
    expect(result).toEqual({
      status: 1,
      stdout: [
        'broken.json',
        `  4:3  error    ${brokenSyntax}  json-syntax`,
        '      3 |   "plainText": "Hi <${ Contact.FirstName }>"',
        '    > 4 |   "profile": "whatsapp"',
        '        |   ^',
        '      5 | }',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
      stderr: 'fixed 2 problems in delimiters.json\nfixed 1 problem in greeting.txt\n',
    });
    expect(readFileSync(join(dir, 'delimiters.json'), 'utf8')).toBe(
      '{\n  "name": "Delivery",\n  "plainText": "Hi <$ Contact.FirstName $>, your parcel arrives <$ Variables.DeliveryDate $>."\n}\n',
    );
    expect(readFileSync(join(dir, 'greeting.txt'), 'utf8')).toBe('Thanks <$ Agent.FirstName $>!\n');
    expect(readFileSync(join(dir, 'broken.json')).equals(brokenBefore)).toBe(true);
    // A second run has nothing left to fix.
    expect(fieldcode(dir, 'lint', '--fix', 'delimiters.json', 'greeting.txt')).toEqual({
      status: 0,
      stdout: '✔ no problems (2 files checked)\n',
      stderr: '',
    });
  });
});

describe('fieldcode render', { timeout: 60_000 }, () => {
  const seedLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('seed-bill-reminder.json:'));
  const delimiterWarnings = ['14:21', '14:46', '19:21', '24:21', '24:44'].map(
    (at) => `seed-bill-reminder.json:${at} warning ${delimiter} [non-canonical-delimiter]`,
  );

  it('renders the seed standard response with the seed DMS log request to the seed body', () => {
    const result = fieldcode(renderDir, 'render', 'seed-bill-reminder.json', '--esp', 'seed-request.log');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.contentType).toBe('notification');
    expect(output.content.map((item: { index: number; type: string }) => [item.index, item.type])).toEqual([
      [1, 'image'],
      [2, 'notification'],
      [3, 'text'],
      [4, 'quick-reply'],
      [5, 'quick-reply'],
    ]);
    expect(output.content[1].text).toBe(seedBody);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    // Render diagnostics are positioned in the file, through the JSON string escapes.
    expect(seedLines(result.stderr)).toEqual(delimiterWarnings);
  });

  it('renders with a JSON InviteToChat request and with --data', () => {
    const esp = fieldcode(renderDir, 'render', 'seed-bill-reminder.json', '--esp', 'seed-request.json');
    expect(esp.status).toBe(0);
    expect(JSON.parse(esp.stdout).content[1].text).toBe(seedBody);
    const data = fieldcode(renderDir, 'render', 'seed-bill-reminder.json', '--data', 'seed-data.json', '--channel', 'text');
    expect(data).toEqual({
      status: 0,
      stdout: `[Image: Hulibut-png-192k.png]\n\n${seedBody}\n\nYour next bill reminder.\n\n[Got It] [Wrong Addressee]\n`,
      stderr: `${delimiterWarnings.join('\n')}\n`,
    });
  });

  it('uses the envelope sampleData when no data is given, and says so', () => {
    expect(fieldcode(renderDir, 'render', 'greeting-envelope.json', '--channel', 'text')).toEqual({
      status: 0,
      stdout: 'Hello Ana, your agent today is Ann Lee.\n',
      stderr: 'fieldcode: no --data or --esp given; using the sampleData of greeting-envelope.json\n',
    });
  });

  it('formats with --locale: names, separators and currency of that locale', () => {
    const dir = workspace('locale');
    writeFileSync(join(dir, 'due.txt'), `Vence el <$ Date(2026, 3, 29) : "EEEE d 'de' MMMM" $>: <$ 1234.5 : "#,##0.00 ¤" $>\n`);
    expect(fieldcode(dir, 'render', 'due.txt', '--channel', 'text', '--locale', 'es_ES')).toEqual({
      status: 0,
      stdout: 'Vence el domingo 29 de marzo: 1.234,50 €\n',
      stderr: 'fieldcode: no --data or --esp given and due.txt has no sampleData; rendering with empty data\n',
    });
    expect(fieldcode(dir, 'render', 'due.txt', '--channel', 'text', '--locale', 'en-GB').stdout).toBe(
      'Vence el Sunday 29 de March: 1,234.50 £\n',
    );
  });

  it('exits 1 with positioned diagnostics on render and input errors', () => {
    expect(fieldcode(renderDir, 'render', 'nickname.txt', '--strict')).toEqual({
      status: 1,
      stdout: '{\n  "contentType": "text",\n  "text": "Hi !\\n"\n}\n',
      stderr:
        'fieldcode: no --data or --esp given and nickname.txt has no sampleData; rendering with empty data\n' +
        'nickname.txt:1:7 error Missing value: Contact.Nickname (strict mode). [missing-value]\n',
    });
    expect(fieldcode(renderDir, 'render', 'broken.json')).toEqual({
      status: 1,
      stdout: '',
      stderr: `broken.json:3:1 error ${syntaxMessage(join(renderDir, 'broken.json'))} [json-syntax]\n`,
    });
    expect(fieldcode(renderDir, 'render', 'greeting-envelope.json', '--data', 'bad-data.json')).toEqual({
      status: 1,
      stdout: '',
      stderr: `bad-data.json:1:35 error ${syntaxMessage(join(renderDir, 'bad-data.json'))} [json-syntax]\n`,
    });
  });

  it('rejects absurdly nested JSON with a positioned finding instead of overflowing the stack', () => {
    const dir = workspace('deep');
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    writeFileSync(join(dir, 'deep.json'), deep);
    const finding = lint(deep, { filePath: 'deep.json' }).diagnostics[0]!;
    const result = fieldcode(dir, 'render', 'deep.json');
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: `deep.json:${finding.range.start.line}:${finding.range.start.column} error ${finding.message} [json-syntax]\n`,
    });
    expect(finding.range.start.column).toBeGreaterThan(1);
    expect(fieldcode(dir, 'lint', '--format', 'json').status).toBe(1);
  });

  it('rejects bad usage with one line and exit 2', () => {
    const cases: Array<[string[], string]> = [
      [['render'], "fieldcode: render: missing FILE (see 'fieldcode render --help')\n"],
      [['render', 'a.json', 'b.json'], "fieldcode: render: unexpected argument 'b.json' (render takes one FILE)\n"],
      [['render', 'nope.json'], 'fieldcode: cannot read nope.json: no such file\n'],
      [
        ['render', 'greeting-envelope.json', '--data', 'seed-data.json', '--esp', 'seed-request.log'],
        'fieldcode: render: use either --data or --esp, not both\n',
      ],
      [['render', 'greeting-envelope.json', '--data', 'missing.json'], 'fieldcode: cannot read missing.json: no such file\n'],
      [
        ['render', 'greeting-envelope.json', '--channel', 'fax'],
        "fieldcode: render: invalid --channel 'fax' (expected one of: genesys, whatsapp-cloud, open-messaging, text)\n",
      ],
      [
        ['render', 'greeting-envelope.json', '--now', 'yesterday'],
        "fieldcode: render: invalid --now 'yesterday' (expected an ISO 8601 date-time)\n",
      ],
      [
        ['render', 'greeting-envelope.json', '--time-zone', 'Mars/Base'],
        "fieldcode: render: invalid --time-zone 'Mars/Base' (expected an IANA zone such as Europe/Paris, or GMT+hh.mm)\n",
      ],
      [
        ['render', 'greeting-envelope.json', '--locale', 'xx_YY'],
        "fieldcode: render: unknown --locale 'xx_YY' (expected a locale such as es_ES or pt-BR)\n",
      ],
      [
        ['render', 'greeting-envelope.json', '--profile', 'telex'],
        "fieldcode: render: unknown profile 'telex' (known: whatsapp, whatsapp-cloud, apple-messages)\n",
      ],
    ];
    for (const [args, stderr] of cases) expect(fieldcode(renderDir, ...args)).toEqual({ status: 2, stdout: '', stderr });
  });
});

describe('fieldcode rules, schema and serve', { timeout: 60_000 }, () => {
  it('lists every rule with severity, fixable flag and description', () => {
    const text = fieldcode(lintDir, 'rules');
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]!.replace(/ +/g, ' ')).toBe('rule severity fix description');
    expect(lines.find((line) => line.startsWith('json-syntax '))!.replace(/ +/g, ' ')).toBe(
      'json-syntax error The file must be valid JSON (no comments, no trailing commas).',
    );
    expect(lines.find((line) => line.startsWith('non-canonical-delimiter '))!.replace(/ +/g, ' ')).toBe(
      'non-canonical-delimiter warning fixable Field codes should use the canonical `<$ … $>` delimiters.',
    );
    const json = fieldcode(lintDir, 'rules', '--format', 'json');
    expect(json.status).toBe(0);
    const rules = JSON.parse(json.stdout) as Array<{ id: string }>;
    expect(rules.length).toBe(lines.length - 1);
    expect(rules.find((rule) => rule.id === 'binary-file')).toEqual({
      id: 'binary-file',
      severity: 'error',
      fixable: false,
      description: 'The file contains NUL bytes or is not valid UTF-8, so it cannot be a standard response.',
      docs: 'docs/cli.md#binary-file',
    });
  });

  it('lists the schemas with their $id and prints one by name', () => {
    const list = fieldcode(lintDir, 'schema');
    expect(list.status).toBe(0);
    expect(list.stdout.split('\n')).toContain('notification           https://fieldcode.dev/schemas/notification.schema.json');
    const one = fieldcode(lintDir, 'schema', 'fieldcode-config');
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).$id).toBe('https://fieldcode.dev/schemas/fieldcode-config.schema.json');
    const unknown = fieldcode(lintDir, 'schema', 'nope');
    expect([
      unknown.status,
      unknown.stdout,
      unknown.stderr.startsWith("fieldcode: schema: unknown schema 'nope' (known: cta-url, fieldcode-config, generic,"),
    ]).toEqual([2, '', true]);
  });

  it('rejects a bad port', () => {
    expect(fieldcode(lintDir, 'serve', '--port', '70000')).toEqual({
      status: 2,
      stdout: '',
      stderr: "fieldcode: serve: invalid --port '70000' (expected a whole number from 0 to 65535)\n",
    });
  });
});
