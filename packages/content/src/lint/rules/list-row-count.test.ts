import { RuleTester } from '../index.js';
import { listRowCount } from './list-row-count.js';

const list = (sections: string[]) =>
  `{"contentType":"single-selection-list","text":"Pick","button":"Go","content":[${sections.join(',')}]}`;
const section = (title: string, rows: string[]) => `{"type":"section","title":"${title}","rows":[${rows.join(',')}]}`;
const row = (id: string) => `{"id":"${id}","title":"r"}`;
const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => row(String(from + i)));

new RuleTester().run(listRowCount, {
  valid: [{ name: '10 rows in total across two sections', code: list([section('A', rows(0, 5)), section('B', rows(5, 10))]) }],
  invalid: [
    {
      name: 'rows are counted across all sections (10 in total, not per section)',
      code: list([section('A', rows(0, 6)), section('B', rows(6, 11))]),
      errors: [
        {
          messageId: 'tooManyRows',
          data: { count: 11, max: 10, profile: 'whatsapp' },
          highlighted: '{"id":"10","title":"r"}',
          severity: 'error',
          path: '/content/1/rows/4',
        },
      ],
    },
    {
      name: 'at most 10 sections',
      code: list(Array.from({ length: 11 }, (_, i) => section(String(i), [row(String(i))]))),
      errors: [
        {
          messageId: 'tooManySections',
          data: { count: 11, max: 10, profile: 'whatsapp' },
          highlighted: '{"type":"section","title":"10","rows":[{"id":"10","title":"r"}]}',
          severity: 'error',
          path: '/content/10',
        },
        {
          messageId: 'tooManyRows',
          data: { count: 11, max: 10, profile: 'whatsapp' },
          highlighted: '{"id":"10","title":"r"}',
          severity: 'error',
          path: '/content/10/rows/0',
        },
      ],
    },
    {
      name: 'at least one row',
      code: list([section('A', [])]),
      errors: [{ messageId: 'noRows', highlighted: '[{"type":"section","title":"A","rows":[]}]', severity: 'error', path: '/content' }],
    },
  ],
});
