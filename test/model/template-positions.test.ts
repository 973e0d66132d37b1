// Template problems are positioned on the offending part of the text — the `{{…}}` placeholder,
// the field code, the URL, the whole label — with exact file ranges through JSON escapes
// (`\u00e9`, `\n`, `\"` take several file characters for one decoded character). Checked for
// `template export` (exportProblemDiagnostics + positionInJsonText, as the CLI and the service
// position them) and for the review-rejection rules of the lint.
import { describe, expect, it } from 'vitest';
import { exportProblemDiagnostics, exportTemplates, lint, parseJsonText, positionInJsonText } from '@fieldcode/content';

/** Each positioned finding as `line:column highlighted-file-text`. */
function shown(
  text: string,
  diagnostics: ReadonlyArray<{ range: { start: { offset: number; line: number; column: number }; end: { offset: number } } }>,
) {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${text.slice(d.range.start.offset, d.range.end.offset)}`);
}

function exportFindings(text: string): string[] {
  const parsed = parseJsonText(text);
  expect(parsed.diagnostics).toEqual([]);
  const problems = exportTemplates(parsed.value).flatMap((t) => t.problems);
  return shown(text, positionInJsonText(text, exportProblemDiagnostics(problems)));
}

describe('template export: problems on the offending placeholder or field code, through JSON escapes', () => {
  it('positions field codes, variables without example, a stray placeholder, a misplaced button and an unsupported item', () => {
    const text = [
      '{',
      '  "category": "MARKETING",',
      '  "structured": {',
      '    "contentType": "notification",',
      '    "content": [',
      '      {',
      '        "type": "notification",',
      '        "id": "ns@promo",',
      '        "language": "en_US",',
      '        "text": "Caf\\u00e9 \\"Le Parc\\":\\nHi <$ Contact.FirstName $>, save {{1}} on {{ 2 }} today, {{first}}.",',
      '        "parameters": [{ "index": 1, "value": "<$ Variables.Missing $>" }]',
      '      },',
      '      { "type": "quick-reply", "text": "Yes" },',
      '      { "type": "url-button", "text": "Sh\\u00f6p", "url": "https://example.com/<$ Variables.Path $>" },',
      '      { "type": "quick-reply", "text": "No" },',
      '      { "type": "audio", "url": "https://example.com/a.mp3" }',
      '    ]',
      '  }',
      '}',
    ].join('\n');
    expect(exportFindings(text)).toEqual([
      // The unsupported item, on its type.
      '16:18 audio',
      // '{{first}}' is a named spelling in a positional response.
      '10:99 {{first}}',
      // The URL button between the quick replies, on its type.
      '14:18 url-button',
      // The field code of the body, past the escapes \u00e9, \" (twice) and \n.
      '10:45 <$ Contact.FirstName $>',
      // The variable without example, on {{1}} (not on the parameter, not on the whole text).
      '10:75 {{1}}',
      // The spaced '{{ 2 }}' is variable 2, as the renderer reads it: it has no parameter, hence no example.
      '10:84 {{ 2 }}',
      // The field code of the URL, past the \u00f6 of the label.
      '14:80 <$ Variables.Path $>',
    ]);
  });

  it("positions a creation-rule problem of Meta's schema on the part it comes from (a label, whole)", () => {
    const text =
      '{"category":"UTILITY","structured":{"contentType":"notification","content":[' +
      '{"type":"notification","id":"ns@n","language":"en_US","text":"Your parcel has left."},' +
      '{"type":"quick-reply","text":"\\u00c9tiquette beaucoup trop longue pour un bouton"}]}}';
    const parsed = parseJsonText(text);
    const [exported] = exportTemplates(parsed.value);
    expect(exported!.problems).toEqual([
      {
        message:
          "The exported template breaks Meta's creation rules at /components/1/buttons/0/text: must NOT have more than 25 characters.",
        path: '/structured/content/1/text',
        start: 0,
        end: 45,
      },
    ]);
    expect(exportFindings(text)).toEqual(['1:193 \\u00c9tiquette beaucoup trop longue pour un bouton']);
  });
});

/** Lint findings of one rule as `rule line:column highlighted`. */
function ruleFindings(text: string, rule: string): string[] {
  const found = lint(text, { filePath: 'r.json', rules: { [rule]: 'error' } }).diagnostics.filter((d) => d.code === rule);
  return shown(text, found);
}

/** A notification whose body text is written raw (already JSON-escaped) on line 2. */
function response(rawBody: string, n: number, extra = '', category = 'UTILITY'): string {
  const parameters = Array.from({ length: n }, (_, i) => `{"index":${i + 1},"value":"<$ Contact.F${i + 1} $>"}`).join(',');
  return `{"category":"${category}","structured":{"contentType":"notification","content":[\n{"index":1,"type":"notification","id":"ns@t","language":"en_US","text":"${rawBody}","parameters":[${parameters}]}${extra}]},\n"sampleData":{"Contact":{"F1":"Ana","F2":"B"}}}`;
}

describe('review-rejection rules: findings on the offending part, through JSON escapes', () => {
  // Column 73 is the first character of the body text on line 2.
  it.each([
    ['template-variable-edge', response('{{1}}, caf\\u00e9 \\"ready\\" for you {{2}}', 2), ['2:73 {{1}}', '2:108 {{2}}']],
    ['template-adjacent-variables', response('Caf\\u00e9 order {{1}} {{2}} is ready now.', 2), ['2:89 {{1}} {{2}}']],
    ['template-variable-alone', response('Caf\\u00e9 \\"order\\":\\n{{1}}\\nReady for pickup today.', 1), ['2:95 {{1}}']],
    ['template-trailing-punctuation', response('Caf\\u00e9 order is ready for {{1}} !?', 1), ['2:102 {{1}} !?']],
    ['template-line-breaks', response('Caf\\u00e9 \\"open\\"\\n\\n\\n\\nsee you {{1}} soon.', 1), ['2:91 \\n\\n\\n\\n']],
    [
      'template-url-shortener',
      response('Caf\\u00e9 order {{1}} ready.', 1, ',{"index":2,"type":"url-button","text":"\\u00c9tat","url":"https://bit.ly/{{1}}"}'),
      ['2:223 bit.ly'],
    ],
    [
      'template-authentication',
      response(
        '*{{1}}* est votre code. Caf\\u00e9: https://example.com/x\\ty ok',
        1,
        ',{"index":2,"type":"copy-code-button","code":"<$ Contact.F1 $>"}',
        'AUTHENTICATION',
      ),
      ['2:108 https://example.com/x'],
    ],
    ['template-examples', response('Caf\\u00e9 \\"menu\\": {{1}} and {{2}} today.', 2).replace('"F2":"B"', '"G":"B"'), ['2:103 {{2}}']],
    ['template-variable-density', response('Caf\\u00e9 {{1}}, {{2}}.', 2), ['2:73 Caf\\u00e9 {{1}}, {{2}}.']],
  ])('%s', (rule, text, expected) => {
    expect(ruleFindings(text, rule)).toEqual(expected);
  });
});
