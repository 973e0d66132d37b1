/**
 * Output that cannot lie: text from a linted file (a JSON key, a file name) never starts a new line
 * of the human-readable output, so it cannot forge a GitHub Actions workflow command, an ANSI
 * sequence or a bidirectional reordering; the github format escapes by the workflow-command rules
 * and JUnit attributes keep line breaks as character references.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@fieldcode/cli';

let dir: string;
const forgedName = 'b\n::error::FORGED.txt';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-injection-'));
  writeFileSync(join(dir, 'x.json'), '{"plainText":"Hi","a\\r::warning::INJECTED":1}');
  writeFileSync(join(dir, forgedName), 'Hi <$ Foo( $>');
  writeFileSync(join(dir, 'esc.txt'), 'Hi \u001b[2J\u202e <$ Foo( $>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lint(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['lint', ...args], {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    cwd: dir,
    env: {},
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('human-readable output escapes control characters', () => {
  it('stylish: a CR in a JSON key and a LF in a file name stay on their line', async () => {
    const { code, out } = await lint('x.json', forgedName);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        'b\\n::error::FORGED.txt',
        "  1:11  error    Missing ')' to close the '(' at line 1, column 10 [missing-parenthesis]  field-code-syntax",
        '    > 1 | Hi <$ Foo( $>',
        '        |           ^',
        '',
        'x.json',
        "  1:19  error    Unknown property 'a\\r::warning::INJECTED' (not allowed at the top level).  schema",
        '    > 1 | {"plainText":"Hi","a\\r::warning::INJECTED":1}',
        '        |                   ^',
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
        '',
      ].join('\n'),
    );
    expect(out.split('\n').some((line) => line.startsWith('::'))).toBe(false);
    expect(out).not.toContain('\r');
  });

  it('stylish: ANSI escapes and bidirectional controls in a code frame are shown, the caret still under its column', async () => {
    const { out } = await lint('esc.txt');
    expect(out).toBe(
      [
        'esc.txt',
        "  1:17  error    Missing ')' to close the '(' at line 1, column 16 [missing-parenthesis]  field-code-syntax",
        '    > 1 | Hi \\u001b[2J\\u202e <$ Foo( $>',
        `        | ${' '.repeat('Hi \\u001b[2J\\u202e <$ Foo('.length)}^`,
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('stderr: a usage error naming a file keeps to one line', async () => {
    const { code, out, err } = await lint('missing\n::error::x.json');
    expect([code, out]).toEqual([2, '']);
    expect(err.split('\n').filter((line) => line !== '').length).toBe(1);
    expect(err).toContain('missing\\n::error::x.json');
  });

  it('github: messages and properties are escaped by the workflow-command rules', async () => {
    const { out } = await lint('--format', 'github', 'x.json', forgedName);
    expect(out).toBe(
      "::error file=b%0A%3A%3Aerror%3A%3AFORGED.txt,line=1,col=11,endLine=1,endColumn=11,title=field-code-syntax::Missing ')' to close the '(' at line 1, column 10 [missing-parenthesis]\n" +
        "::error file=x.json,line=1,col=19,endLine=1,endColumn=43,title=schema::Unknown property 'a%0D::warning::INJECTED' (not allowed at the top level).\n",
    );
  });

  it('junit: line breaks in attributes are character references; the failure text is one line', async () => {
    const { out } = await lint('--format', 'junit', 'x.json', forgedName);
    expect(out).toContain('<testsuite name="b&#10;::error::FORGED.txt" tests="1"');
    expect(out).toContain(
      'message="Unknown property &apos;a&#13;::warning::INJECTED&apos; (not allowed at the top level).">x.json:1:19 Error - Unknown property &apos;a\\r::warning::INJECTED&apos; (not allowed at the top level). (schema)</failure>',
    );
    expect(out).toContain('>b\\n::error::FORGED.txt:1:11 Error - ');
    expect(out).not.toContain('\r');
  });
});
