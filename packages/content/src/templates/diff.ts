/**
 * `templateDiff`: a readable side-by-side of a response's template and the approved one, part by
 * part (header, body, footer, buttons), each line marked `=` (same) or `≠` (differs). Plain text,
 * no colors: the CLI prints it as is.
 */
import type { ApprovedTemplate } from './approved.js';
import type { ResponseTemplate } from './model.js';
import { normalizeTemplateText } from '../message/placeholders.js';

interface Row {
  part: string;
  ours: string;
  theirs: string;
}

function rows(ours: ResponseTemplate, approved: ApprovedTemplate | undefined): Row[] {
  const out: Row[] = [];
  out.push({ part: 'status', ours: '', theirs: approved ? approved.status : '(not in the export)' });
  out.push({ part: 'category', ours: ours.category ?? '', theirs: approved?.category ?? '' });
  out.push({ part: 'parameter format', ours: ours.parameterFormat, theirs: approved?.parameterFormat ?? '' });
  const header = ours.header ? (ours.header.text ? `${ours.header.format}: ${ours.header.text.text}` : ours.header.format) : '';
  const theirHeader = approved?.header
    ? approved.header.text !== undefined
      ? `${approved.header.format}: ${approved.header.text}`
      : approved.header.format
    : '';
  out.push({ part: 'header', ours: header, theirs: theirHeader });
  out.push({ part: 'body', ours: ours.body?.text ?? '', theirs: approved?.body?.text ?? '' });
  out.push({ part: 'footer', ours: ours.footer?.text ?? '', theirs: approved?.footer?.text ?? '' });
  if (ours.category === 'AUTHENTICATION' || approved?.category === 'AUTHENTICATION') {
    // Meta's preset fields of an authentication template (what writes its body disclaimer and footer).
    const shown = (value: boolean | number | undefined) => (value === undefined ? '' : String(value));
    out.push({
      part: 'security advice',
      ours: shown(ours.authentication?.addSecurityRecommendation),
      theirs: shown(approved?.authentication?.addSecurityRecommendation),
    });
    out.push({
      part: 'code expiry (min)',
      ours: shown(ours.authentication?.codeExpirationMinutes),
      theirs: shown(approved?.authentication?.codeExpirationMinutes),
    });
  }
  const count = Math.max(ours.buttons.length, approved?.buttons.length ?? 0);
  for (let i = 0; i < count; i++) {
    const b = ours.buttons[i];
    const t = approved?.buttons[i];
    const detail = (type: string, label?: string, extra?: string) => `${type} ${JSON.stringify(label ?? '')}${extra ? ` ${extra}` : ''}`;
    out.push({
      part: `button ${i + 1}`,
      ours: b ? detail(b.type, b.label, b.url?.text ?? b.phone) : '',
      theirs: t ? detail(t.type, t.text, t.url ?? t.phone_number) : '',
    });
  }
  return out;
}

const same = (a: string, b: string) => normalizeTemplateText(a).text === normalizeTemplateText(b).text;

/**
 * The side-by-side: a title line, then for each part its rows, the response on the left and the
 * approved template on the right, multi-line texts split over several rows.
 */
export function templateDiff(ours: ResponseTemplate, approved: ApprovedTemplate | undefined, width = 38): string {
  const title = `${ours.name ?? '(no name)'} (${ours.language ?? '?'})`;
  const lines = [`template ${title}`, `${'  '.padEnd(20)}${'response'.padEnd(width)} │ approved`];
  for (const row of rows(ours, approved)) {
    if (row.part === 'status') {
      lines.push(`${'  status'.padEnd(20)}${''.padEnd(width)} │ ${row.theirs}`);
      continue;
    }
    const mark = same(row.ours, row.theirs) ? '=' : '≠';
    const left = wrap(row.ours, width);
    const right = wrap(row.theirs, width);
    const height = Math.max(left.length, right.length);
    for (let i = 0; i < height; i++) {
      const label = i === 0 ? `${mark} ${row.part}` : '';
      lines.push(`${label.padEnd(20)}${(left[i] ?? '').padEnd(width)} │ ${right[i] ?? ''}`.trimEnd());
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Splits a text at its line breaks, then into lines of at most `width` characters, at spaces where it can. */
function wrap(text: string, width: number): string[] {
  if (text === '') return [''];
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let rest = [...line];
    if (rest.length === 0) out.push('⏎');
    while (rest.length > 0) {
      let cut = Math.min(width, rest.length);
      if (cut < rest.length) {
        const space = rest.lastIndexOf(' ', cut);
        if (space > width / 2) cut = space + 1;
      }
      out.push(rest.slice(0, cut).join('').trimEnd());
      rest = rest.slice(cut);
    }
  }
  return out;
}
