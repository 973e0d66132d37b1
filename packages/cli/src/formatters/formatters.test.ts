import { describe, expect, it } from 'vitest';
import type { FileReport } from '../report.js';
import { escapeData, escapeProperty, github } from './github.js';
import { gitlab, type CodeQualityIssue } from './gitlab.js';
import { json } from './json.js';
import { escapeXml, junit } from './junit.js';
import { absoluteDocsUri, sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { validateSarif } from '../../../../test/cli/sarif-validator.js';
import { at, billReport, billText, cleanReport, report } from './report.fixture.js';
import { positionAt } from '../text-position.js';

const plain = { color: false };

describe('stylish', () => {
  it('groups findings by file with a code frame under each error and a summary', () => {
    expect(stylish(report([billReport(), cleanReport()]), plain)).toBe(
      [
        'examples/bill.json',
        '  2:20  warning  Use the canonical delimiters <$ … $>.  non-canonical-delimiter',
        "  2:24  error    Unknown function 'Foo'.                unknown-function",
        '      1 | {',
        '    > 2 |   "plainText": "Hi <${ Foo() }>",',
        '        |                        ^',
        '      3 |   "footer": "x"',
        '  3:3   info     A footer is a fieldcode extension.     genesys-compat',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '  0 errors and 1 warning potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(stylish(report([cleanReport(), cleanReport()]), plain)).toBe('✔ no problems (2 files checked)\n');
  });

  it('uses singular words for one problem and omits the fixable line when nothing is fixable', () => {
    const text = 'Hi <$ Foo( $>';
    const file: FileReport = {
      path: '/p/a.txt',
      displayPath: 'a.txt',
      text,
      diagnostics: [at(text, '$>', 'field-code-syntax', 'error', 'Expected ).')],
    };
    expect(stylish(report([file]), plain)).toBe(
      [
        'a.txt',
        '  1:12  error    Expected ).  field-code-syntax',
        '    > 1 | Hi <$ Foo( $>',
        '        |            ^',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('keeps tabs in the caret line and clips very long lines around the column', () => {
    const tabbed = '\t\t"x": "<$ Bad( $>"';
    const long = `${'a'.repeat(300)}<$ Oops( $>${'b'.repeat(300)}`;
    const files: FileReport[] = [
      { path: '/p/t.json', displayPath: 't.json', text: tabbed, diagnostics: [at(tabbed, 'Bad', 'unknown-function', 'error', 'Unknown.')] },
      { path: '/p/l.txt', displayPath: 'l.txt', text: long, diagnostics: [at(long, 'Oops', 'unknown-function', 'error', 'Unknown.')] },
    ];
    const lines = stylish(report(files), plain).split('\n');
    expect(lines[2]).toBe('    > 1 | \t\t"x": "<$ Bad( $>"');
    expect(lines[3]).toBe('        | \t\t         ^');
    const frame = lines[7]!;
    const caret = lines[8]!;
    expect(frame.startsWith('    > 1 | …')).toBe(true);
    expect(frame.endsWith('…')).toBe(true);
    expect(frame.length).toBe('    > 1 | '.length + 122);
    expect(frame[caret.indexOf('^')]).toBe('O');
  });

  it('colours severities and the summary only when asked to', () => {
    const output = stylish(report([billReport()]), { color: true });
    expect(output).toContain('\u001b[31merror  \u001b[39m');
    expect(output).toContain('\u001b[33mwarning\u001b[39m');
    expect(output).toContain('\u001b[4mexamples/bill.json\u001b[24m');
    expect(stylish(report([billReport()]), plain)).not.toContain('\u001b[');
  });
});

describe('json', () => {
  it('is ESLint-shaped, with absolute paths, 1|2 severities, ranges and fixes', () => {
    expect(JSON.parse(json(report([billReport(), cleanReport()]), plain))).toEqual([
      {
        filePath: '/home/ci/project/examples/bill.json',
        messages: [
          {
            ruleId: 'non-canonical-delimiter',
            severity: 1,
            message: 'Use the canonical delimiters <$ … $>.',
            line: 2,
            column: 20,
            endLine: 2,
            endColumn: 32,
            fix: { range: [21, 33], text: '<$ Foo() $>' },
          },
          { ruleId: 'unknown-function', severity: 2, message: "Unknown function 'Foo'.", line: 2, column: 24, endLine: 2, endColumn: 27 },
          {
            ruleId: 'genesys-compat',
            severity: 1,
            message: 'A footer is a fieldcode extension.',
            line: 3,
            column: 3,
            endLine: 3,
            endColumn: 11,
          },
        ],
        errorCount: 1,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
      },
      {
        filePath: '/home/ci/project/examples/clean.txt',
        messages: [],
        errorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ]);
  });

  it('writes one line of JSON', () => {
    const output = json(report([cleanReport()]), plain);
    expect(output.endsWith('\n')).toBe(true);
    expect(output.trimEnd().includes('\n')).toBe(false);
  });
});

describe('sarif', () => {
  const validate = validateSarif;

  it('validates against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(sarif(report([billReport(), cleanReport()]), plain)) as unknown;
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(log)).toBe(true);
    expect(validate.errors ?? null).toBe(null);
  });

  it('rejects a malformed log (the schema test can fail)', () => {
    const log = JSON.parse(sarif(report([billReport()]), plain)) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    log.runs[0]!.results[0]!['level'] = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('describes the tool, every rule, and each result with a region relative to %SRCROOT%', () => {
    const log = JSON.parse(sarif(report([billReport()]), plain));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json');
    const driver = log.runs[0].tool.driver;
    expect([driver.name, driver.version, driver.informationUri]).toEqual(['fieldcode', '1.2.3', 'https://fieldcode.dev']);
    expect(driver.rules).toEqual([
      {
        id: 'unknown-function',
        shortDescription: { text: 'Functions must exist.' },
        helpUri: 'https://fieldcode.dev/docs/rules.md#unknown-function',
        defaultConfiguration: { level: 'error' },
      },
      {
        id: 'non-canonical-delimiter',
        shortDescription: { text: 'Use <$ … $>.' },
        helpUri: 'https://fieldcode.dev/docs/rules.md#non-canonical-delimiter',
        defaultConfiguration: { level: 'warning' },
      },
      {
        id: 'genesys-compat',
        shortDescription: { text: 'Only Genesys functions.' },
        helpUri: 'https://example.com/rules#genesys-compat',
        defaultConfiguration: { enabled: false, level: 'warning' },
      },
    ]);
    expect(
      log.runs[0].results.map((result: { ruleId: string; ruleIndex: number; level: string }) => [
        result.ruleId,
        result.ruleIndex,
        result.level,
      ]),
    ).toEqual([
      ['non-canonical-delimiter', 1, 'warning'],
      ['unknown-function', 0, 'error'],
      ['genesys-compat', 2, 'note'],
    ]);
    expect(log.runs[0].results[1]).toEqual({
      ruleId: 'unknown-function',
      ruleIndex: 0,
      level: 'error',
      message: { text: "Unknown function 'Foo'." },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'examples/bill.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 24, endLine: 2, endColumn: 27 },
          },
        },
      ],
    });
  });

  it('adds a descriptor for a finding whose code is not a listed rule, and encodes URIs', () => {
    const text = 'x';
    const file: FileReport = {
      path: '/p/my file#1.txt',
      displayPath: 'dir/my file#1.txt',
      text,
      diagnostics: [at(text, 'x', 'missing-value', 'warning', 'Missing.')],
    };
    const log = JSON.parse(sarif(report([file]), plain));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].tool.driver.rules[3]).toEqual({
      id: 'missing-value',
      shortDescription: { text: 'missing-value' },
      helpUri: 'https://fieldcode.dev/docs/rules.md#missing-value',
      defaultConfiguration: { level: 'warning' },
    });
    expect(log.runs[0].results[0].ruleIndex).toBe(3);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('dir/my%20file%231.txt');
  });

  it('makes docs links absolute', () => {
    expect(absoluteDocsUri('./docs/cli.md#binary-file', 'binary-file')).toBe('https://fieldcode.dev/docs/cli.md#binary-file');
    expect(absoluteDocsUri('https://x.test/a', 'a')).toBe('https://x.test/a');
  });
});

describe('github', () => {
  it('prints one workflow command per finding', () => {
    expect(github(report([billReport(), cleanReport()]), plain)).toBe(
      [
        '::warning file=examples/bill.json,line=2,col=20,endLine=2,endColumn=32,title=non-canonical-delimiter::Use the canonical delimiters <$ … $>.',
        "::error file=examples/bill.json,line=2,col=24,endLine=2,endColumn=27,title=unknown-function::Unknown function 'Foo'.",
        '::notice file=examples/bill.json,line=3,col=3,endLine=3,endColumn=11,title=genesys-compat::A footer is a fieldcode extension.',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean report', () => {
    expect(github(report([cleanReport()]), plain)).toBe('');
  });

  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('50% off\r\nnow: a,b')).toBe('50%25 off%0D%0Anow: a,b');
    expect(escapeProperty('dir:x/a,b%.json')).toBe('dir%3Ax/a%2Cb%25.json');
    const text = 'a';
    const file: FileReport = {
      path: '/p/a,b:c.txt',
      displayPath: 'a,b:c.txt',
      text,
      diagnostics: [at(text, 'a', 'x:y', 'error', 'line 1\nline 2 100%')],
    };
    expect(github(report([file]), plain)).toBe(
      '::error file=a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=2,title=x%3Ay::line 1%0Aline 2 100%25\n',
    );
  });

  it('caps annotations at 10 per type and says how many were left out', () => {
    const text = 'x'.repeat(40);
    const diagnostics = [
      ...Array.from({ length: 12 }, () => at(text, 'x', 'e', 'error', 'E')),
      ...Array.from({ length: 11 }, () => at(text, 'x', 'w', 'warning', 'W')),
      ...Array.from({ length: 10 }, () => at(text, 'x', 'i', 'info', 'I')),
    ];
    const lines = github(report([{ path: '/p/x.txt', displayPath: 'x.txt', text, diagnostics }]), plain)
      .trimEnd()
      .split('\n');
    expect(lines.filter((line) => line.startsWith('::error ')).length).toBe(10);
    expect(lines.filter((line) => line.startsWith('::warning ')).length).toBe(10);
    expect(lines.filter((line) => line.startsWith('::notice ')).length).toBe(9);
    expect(lines.at(-1)).toBe(
      '::notice::fieldcode: 4 more findings were not annotated (GitHub shows at most 10 per type); use --format sarif for the full report',
    );
    expect(lines.length).toBe(30);
  });
});

describe('junit', () => {
  it('writes one testsuite per file and one failing testcase per finding', () => {
    expect(junit(report([billReport(), cleanReport()]), plain)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="fieldcode" tests="4" failures="3" errors="0" time="0">',
        '  <testsuite name="examples/bill.json" tests="3" failures="3" errors="0" skipped="0" time="0">',
        '    <testcase time="0" name="examples/bill.json:2:20 non-canonical-delimiter" classname="examples/bill.json">',
        '      <failure type="warning" message="Use the canonical delimiters &lt;$ … $&gt;.">examples/bill.json:2:20 Warning - Use the canonical delimiters &lt;$ … $&gt;. (non-canonical-delimiter)</failure>',
        '    </testcase>',
        '    <testcase time="0" name="examples/bill.json:2:24 unknown-function" classname="examples/bill.json">',
        '      <failure type="error" message="Unknown function &apos;Foo&apos;.">examples/bill.json:2:24 Error - Unknown function &apos;Foo&apos;. (unknown-function)</failure>',
        '    </testcase>',
        '    <testcase time="0" name="examples/bill.json:3:3 genesys-compat" classname="examples/bill.json">',
        '      <failure type="info" message="A footer is a fieldcode extension.">examples/bill.json:3:3 Info - A footer is a fieldcode extension. (genesys-compat)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="examples/clean.txt" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase time="0" name="examples/clean.txt" classname="examples/clean.txt"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('<a href="x">&\'\u0000\u0007ok\u{1F600}')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;ok\u{1F600}');
  });
});

describe('sarif paths outside the working directory', () => {
  it('uses an absolute file URI without a base id', () => {
    const text = 'x';
    const file: FileReport = {
      path: '/elsewhere/a b.txt',
      displayPath: '/elsewhere/a b.txt',
      text,
      diagnostics: [at(text, 'x', 'e', 'error', 'E')],
    };
    const log = JSON.parse(sarif(report([file]), plain));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/a%20b.txt' });
  });
});

describe('stylish with many findings', () => {
  it('formats 200,000 findings in one file', () => {
    const text = 'x'.repeat(10);
    const diagnostics = Array.from({ length: 200_000 }, () => at(text, 'x', 'w', 'warning', 'W'));
    const output = stylish(report([{ path: '/p/x.txt', displayPath: 'x.txt', text, diagnostics }]), plain);
    expect(output.endsWith('✖ 200000 problems (0 errors, 200000 warnings)\n')).toBe(true);
  });
});

describe('gitlab', () => {
  const issues = (files: FileReport[]) => JSON.parse(gitlab(report(files), plain)) as CodeQualityIssue[];

  it('writes GitLab Code Quality issues: description, check_name, fingerprint, severity, path and lines', () => {
    const [delimiter, unknown, footer] = issues([billReport(), cleanReport()]);
    expect(issues([billReport()]).length).toBe(3);
    expect({ ...delimiter, fingerprint: undefined }).toEqual({
      description: 'Use the canonical delimiters <$ … $>. [non-canonical-delimiter]',
      check_name: 'non-canonical-delimiter',
      severity: 'minor',
      location: { path: 'examples/bill.json', lines: { begin: 2, end: 2 } },
    });
    expect(unknown!.severity).toBe('major');
    expect(footer!.severity).toBe('info');
    expect(footer!.location).toEqual({ path: 'examples/bill.json', lines: { begin: 3, end: 3 } });
    for (const issue of [delimiter, unknown, footer]) expect(issue!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set([delimiter, unknown, footer].map((issue) => issue!.fingerprint)).size).toBe(3);
  });

  it('keeps fingerprints when lines are added above or indentation changes, and tells identical findings apart', () => {
    const before = billReport();
    const shiftedText = `\n\n${billText.replace('  "plainText"', '      "plainText"')}`;
    const shifted: FileReport = {
      ...before,
      text: shiftedText,
      diagnostics: before.diagnostics.map((d) =>
        at(shiftedText, billText.slice(d.range.start.offset, d.range.end.offset), d.code, d.severity, d.message),
      ),
    };
    const fingerprints = (file: FileReport) => issues([file]).map((issue) => issue.fingerprint);
    expect(issues([shifted]).map((issue) => issue.location.lines.begin)).toEqual([4, 4, 5]);
    expect(fingerprints(shifted)).toEqual(fingerprints(before));

    const twice = `${billText}${billText}`;
    const repeated: FileReport = {
      ...before,
      text: twice,
      diagnostics: [
        at(twice, 'Foo', 'unknown-function', 'error', "Unknown function 'Foo'."),
        {
          ...at(twice, 'Foo', 'unknown-function', 'error', "Unknown function 'Foo'."),
          range: { start: positionAt(twice, twice.lastIndexOf('Foo')), end: positionAt(twice, twice.lastIndexOf('Foo') + 3) },
        },
      ],
    };
    const [first, second] = fingerprints(repeated);
    expect(first).not.toBe(second);
  });

  it('writes an empty array for a clean report', () => {
    expect(gitlab(report([cleanReport()]), plain)).toBe('[]\n');
  });
});
