import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) => lint(text, options).diagnostics.filter((d) => d.code === RULE).map(formatDiagnostic);
const RULE = 'unknown-profile';

describe('unknown-profile', () => {
  it('reports an unknown profile name and lints with the default', () => {
    expect(run('{"name":"x","profile":"telegram","plainText":"Hi"}')).toEqual([
      "unknown-profile error 1:23-1:33 Unknown profile 'telegram'; known profiles: whatsapp, whatsapp-cloud, apple-messages. Linted with 'whatsapp'.",
    ].map((s) => `${s} @/profile`));
  });

  it('accepts shipped profiles, and the file profile wins over the option', () => {
    expect(run('{"name":"x","profile":"apple-messages","plainText":"Hi"}')).toEqual([]);
    const long = `{"name":"x","profile":"apple-messages","plainText":"${'a'.repeat(2001)}"}`;
    expect(lint(long, { profile: 'whatsapp' }).diagnostics.map((d) => d.message)).toEqual([
      'The text is 2001 characters long; the limit is 2000 (apple-messages).',
    ]);
  });
});
