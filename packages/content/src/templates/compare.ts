/**
 * `compareTemplate`: where a response's template differs from the template Meta approved, each
 * difference positioned on the part of the response (JSON pointer + offsets in that string) and
 * worded with the send-time consequence (Meta error codes, META-ERRORS:
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes):
 * 132000 number of parameters does not match, 132012 parameter format does not match.
 * A text that differs causes no error: the customer receives the approved text, not this one.
 */
import type { ApprovedTemplate } from './approved.js';
import type { ResponseTemplate, TemplateText } from './model.js';
import { findPlaceholders, normalizeTemplateText } from '../message/placeholders.js';

/** The kinds of drift (the template-drift rule's message ids). */
export const DRIFT_KINDS = Object.freeze([
  'parameter-format',
  'header-format',
  'header-parameters',
  'header-text',
  'body-parameters',
  'body-text',
  'footer',
  'button-count',
  'button-type',
  'button-text',
  'url-variable',
  'url-text',
  'phone-number',
  'security-recommendation',
  'code-expiration',
] as const);

/** Kinds of drift, one per checked aspect (docs/rules.md#template-drift). */
export type DriftKind = (typeof DRIFT_KINDS)[number];

export interface Drift {
  kind: DriftKind;
  message: string;
  /** JSON pointer of the differing part of the response. */
  path: string;
  /** Offsets in the decoded string at `path` (whole string when absent). */
  start?: number;
  end?: number;
}

const E132000 = 'sends fail with error 132000 (number of parameters does not match)';
const E132012 = 'sends fail with error 132012 (parameter format does not match)';
const SEEN = 'the customer receives the approved text, not this one';

/** `an IMAGE header`, `a VIDEO header`. */
function article(format: string): string {
  return `${/^[AEIOU]/.test(format) ? 'an' : 'a'} ${format}`;
}

/** Shortens a text for a message: at most 40 characters, line breaks shown as ⏎. */
export function excerpt(text: string): string {
  const flat = text.replace(/\r?\n/g, '⏎');
  return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 39)}…` : flat);
}

/** Every difference between the response's template and the approved one, in response order. */
export function compareTemplate(ours: ResponseTemplate, approved: ApprovedTemplate): Drift[] {
  const out: Drift[] = [];
  const bodyPointer = ours.body?.pointer ?? ours.idPointer;

  // Which text is a variable depends on the format: with the format wrong, the variable counts
  // differ too, and that is the same one cause (so they are not reported again).
  const formatDrift =
    ours.parameterFormat !== approved.parameterFormat &&
    (ours.parameterFormatDeclared || hasVariables(ours) || approvedHasVariables(approved));
  if (formatDrift) {
    out.push({
      kind: 'parameter-format',
      path: ours.parameterFormatDeclared ? '/parameterFormat' : bodyPointer,
      message: `Parameter format is ${ours.parameterFormat}; the approved template uses ${approved.parameterFormat} parameters: ${E132012}.`,
    });
  }

  // Header.
  const theirHeader = approved.header?.format;
  const ourHeader = ours.header?.format;
  if (ourHeader !== theirHeader) {
    if (ourHeader === undefined) {
      out.push({
        kind: 'header-format',
        path: ours.body?.itemPointer ?? ours.idPointer,
        message: `The approved template has ${article(theirHeader!)} header; this response has none: ${theirHeader === 'TEXT' ? SEEN : E132000}.`,
      });
    } else {
      out.push({
        kind: 'header-format',
        path: `${ours.header!.pointer}/type`,
        message:
          theirHeader === undefined
            ? `This ${ourHeader} header is not in the approved template: ${ourHeader === 'TEXT' ? SEEN : E132000}.`
            : `Header is ${ourHeader}; the approved template has ${article(theirHeader)} header: ${E132012}.`,
      });
    }
  } else if (ours.header?.text && approved.header?.text !== undefined) {
    out.push(...compareText(ours.header.text, approved.header.text, 'header', 'Header text', formatDrift));
  }

  // Body.
  if (ours.body && approved.body) out.push(...compareText(ours.body, approved.body.text, 'body', 'Body text', formatDrift));

  // An AUTHENTICATION template's preset fields; when either side writes the footer as Meta's
  // expiry notice, the minutes are compared instead of the footer text.
  const preset = ours.category === 'AUTHENTICATION' || approved.category === 'AUTHENTICATION';
  if (preset) out.push(...compareAuthentication(ours, approved));
  const presetFooter =
    preset && (ours.authentication?.codeExpirationMinutes !== undefined || approved.authentication?.codeExpirationMinutes !== undefined);

  // Footer.
  if (presetFooter) {
    // Compared as code-expiration above.
  } else if (ours.footer && approved.footer === undefined) {
    out.push({ kind: 'footer', path: ours.footer.pointer, message: `This footer is not in the approved template: ${SEEN}.` });
  } else if (!ours.footer && approved.footer) {
    out.push({
      kind: 'footer',
      path: ours.body?.itemPointer ?? ours.idPointer,
      message: `The approved template has the footer ${excerpt(approved.footer.text)}; this response has none.`,
    });
  } else if (ours.footer && approved.footer) {
    const d = textDifference(ours.footer.text, approved.footer.text);
    if (d)
      out.push({
        kind: 'footer',
        path: ours.footer.pointer,
        ...d.range,
        message: `Footer differs from the approved ${excerpt(approved.footer.text)}: ${SEEN}.`,
      });
  }

  // Buttons: Meta matches send-time button parameters by index and type.
  const theirs = approved.buttons;
  const n = Math.min(ours.buttons.length, theirs.length);
  for (let i = 0; i < n; i++) {
    const b = ours.buttons[i]!;
    const t = theirs[i]!;
    // Meta lists an approved one-time-password button as a URL button (its URL carries `otp_type`).
    const otp = b.type === 'OTP' && (t.type === 'OTP' || (t.type === 'URL' && (t.url ?? '').includes('otp_type=')));
    if (b.type !== t.type && !otp) {
      out.push({
        kind: 'button-type',
        path: `${b.pointer}/type`,
        message: `Button ${i + 1} is ${b.type}; the approved template has ${t.type} there: ${E132012}.`,
      });
      continue;
    }
    if (t.text !== undefined && b.label !== t.text && !(otp && b.label === '')) {
      const d = textDifference(b.label, t.text);
      out.push({
        kind: 'button-text',
        path: `${b.pointer}/text`,
        ...(d?.range ?? {}),
        message: `Button ${i + 1} label differs from the approved ${excerpt(t.text)}: ${SEEN}.`,
      });
    }
    if (b.type === 'URL' && b.url && t.url !== undefined) out.push(...compareUrl(b.url, t.url, i));
    if (b.type === 'PHONE_NUMBER' && t.phone_number !== undefined && b.phone !== t.phone_number) {
      out.push({
        kind: 'phone-number',
        path: `${b.pointer}/phone`,
        message: `Button ${i + 1} calls ${excerpt(b.phone ?? '')}; the approved template calls ${excerpt(t.phone_number)}: the customer calls the approved number.`,
      });
    }
  }
  if (ours.buttons.length > theirs.length) {
    const extra = ours.buttons[theirs.length]!;
    out.push({
      kind: 'button-count',
      path: extra.pointer,
      message: `The response has ${ours.buttons.length} buttons; the approved template has ${theirs.length}: ${E132000}.`,
    });
  } else if (ours.buttons.length < theirs.length) {
    out.push({
      kind: 'button-count',
      path: ours.buttons[ours.buttons.length - 1]?.pointer ?? ours.body?.itemPointer ?? ours.idPointer,
      message: `The response has ${ours.buttons.length} buttons; the approved template has ${theirs.length} (${theirs
        .slice(ours.buttons.length)
        .map((b) => b.type)
        .join(', ')} missing): ${E132000}.`,
    });
  }
  return out;
}

/** Where the response states a preset field: the field, else its `authentication` object, else the category. */
function presetPointer(ours: ResponseTemplate, key: 'addSecurityRecommendation' | 'codeExpirationMinutes'): string {
  if (ours.authentication === undefined) return '/category';
  return ours.authentication[key] === undefined ? ours.authentication.pointer : `${ours.authentication.pointer}/${key}`;
}

/**
 * Meta's preset fields of an AUTHENTICATION template (Meta writes the body and footer from them):
 * the security recommendation (absent means none, Meta's default) and the code expiry minutes.
 * The listing is compared only where it gives the field.
 */
function compareAuthentication(ours: ResponseTemplate, approved: ApprovedTemplate): Drift[] {
  const out: Drift[] = [];
  const theirRecommendation = approved.authentication?.addSecurityRecommendation;
  const ourRecommendation = ours.authentication?.addSecurityRecommendation ?? false;
  if (theirRecommendation !== undefined && theirRecommendation !== ourRecommendation) {
    out.push({
      kind: 'security-recommendation',
      path: presetPointer(ours, 'addSecurityRecommendation'),
      message: theirRecommendation
        ? `The approved authentication template adds Meta's security recommendation; this response does not (authentication.addSecurityRecommendation): ${SEEN}.`
        : `This response adds Meta's security recommendation (authentication.addSecurityRecommendation); the approved authentication template does not: ${SEEN}.`,
    });
  }
  const theirMinutes = approved.authentication?.codeExpirationMinutes;
  const ourMinutes = ours.authentication?.codeExpirationMinutes;
  if (theirMinutes !== ourMinutes && (theirMinutes !== undefined || approved.footer === undefined)) {
    const minutes = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;
    out.push({
      kind: 'code-expiration',
      path: presetPointer(ours, 'codeExpirationMinutes'),
      message:
        theirMinutes === undefined
          ? `This response sets the code to expire in ${minutes(ourMinutes!)} (authentication.codeExpirationMinutes); the approved authentication template has no expiry notice: ${SEEN}.`
          : ourMinutes === undefined
            ? `The approved authentication template says the code expires in ${minutes(theirMinutes)}; this response sets no authentication.codeExpirationMinutes: ${SEEN}.`
            : `The approved authentication template says the code expires in ${minutes(theirMinutes)}; this response sets ${minutes(ourMinutes)} (authentication.codeExpirationMinutes): ${SEEN}.`,
    });
  }
  return out;
}

function approvedHasVariables(t: ApprovedTemplate): boolean {
  return [t.header?.text, t.body?.text].some((text) => text !== undefined && findPlaceholders(text, 'any').length > 0);
}

function hasVariables(t: ResponseTemplate): boolean {
  return (t.body?.variables.length ?? 0) > 0 || (t.header?.text?.variables.length ?? 0) > 0;
}

function compareText(part: TemplateText, approvedText: string, where: 'header' | 'body', what: string, formatDrift: boolean): Drift[] {
  const out: Drift[] = [];
  const variables = formatDrift ? [] : compareVariables(part, approvedText, where);
  out.push(...variables);
  const d = textDifference(part.text, approvedText);
  // A renamed variable is one difference: the text difference inside its spelling is not repeated.
  const inReported = (range: { start: number; end: number }) =>
    variables.some((v) => v.start !== undefined && v.end !== undefined && v.start <= range.start && range.end <= v.end);
  if (d && !inReported(d.range)) {
    out.push({
      kind: where === 'header' ? 'header-text' : 'body-text',
      path: part.pointer,
      ...d.range,
      message: `${what} differs from the approved template here: ${wording(d)}; ${SEEN}.`,
    });
  }
  return out;
}

/** The variables of a text against the approved text's (count, then keys). */
function compareVariables(part: TemplateText, approvedText: string, where: 'header' | 'body'): Drift[] {
  const out: Drift[] = [];
  const kindParams = where === 'header' ? 'header-parameters' : 'body-parameters';
  const ourKeys = unique(part.variables.map((v) => v.key));
  const theirKeys = unique(findPlaceholders(approvedText, 'any').map((v) => v.key));
  if (ourKeys.length !== theirKeys.length) {
    const extra = part.variables.find((v) => !theirKeys.includes(v.key));
    out.push({
      kind: kindParams,
      path: part.pointer,
      ...(extra && ourKeys.length > theirKeys.length ? { start: extra.start, end: extra.end } : {}),
      message: `The ${where} has ${ourKeys.length} ${ourKeys.length === 1 ? 'variable' : 'variables'}; the approved template has ${theirKeys.length}: ${E132000}.`,
    });
  } else {
    const wrong = part.variables.find((v) => !theirKeys.includes(v.key));
    if (wrong) {
      const missing = theirKeys.filter((k) => !ourKeys.includes(k));
      out.push({
        kind: kindParams,
        path: part.pointer,
        start: wrong.start,
        end: wrong.end,
        message: `Variable {{${wrong.key}}} is not in the approved ${where} (it has ${missing.map((k) => `{{${k}}}`).join(', ')}): ${E132000}.`,
      });
    }
  }
  return out;
}

/** The two differing runs, worded as an addition or an omission when one of them is empty. */
function wording(d: { ours: string; theirs: string }): string {
  if (d.theirs === '') return `the response adds ${excerpt(d.ours)}`;
  if (d.ours === '') return `the response leaves out the approved ${excerpt(d.theirs)}`;
  return `approved ${excerpt(d.theirs)}, response ${excerpt(d.ours)}`;
}

function compareUrl(url: TemplateText, approvedUrl: string, index: number): Drift[] {
  const ourVariable = url.variables.length > 0;
  const theirVariable = findPlaceholders(approvedUrl, 'any').length > 0;
  if (ourVariable !== theirVariable) {
    return [
      {
        kind: 'url-variable',
        path: url.pointer,
        ...(ourVariable ? { start: url.variables[0]!.start, end: url.variables[0]!.end } : {}),
        message: ourVariable
          ? `Button ${index + 1} URL has a suffix variable; the approved URL ${excerpt(approvedUrl)} has none: ${E132000}.`
          : `Button ${index + 1} URL has no suffix variable; the approved URL ${excerpt(approvedUrl)} has one: ${E132000}.`,
      },
    ];
  }
  const d = textDifference(url.text, approvedUrl);
  return d
    ? [
        {
          kind: 'url-text',
          path: url.pointer,
          ...d.range,
          message: `Button ${index + 1} URL differs from the approved ${excerpt(approvedUrl)}: the customer opens the approved URL.`,
        },
      ]
    : [];
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}

/**
 * Where two template texts differ after placeholder normalization: the differing run in `ours`
 * (offsets in the original text) and the two differing runs. Undefined when they are identical.
 */
export function textDifference(
  ours: string,
  theirs: string,
): { range: { start: number; end: number }; ours: string; theirs: string } | undefined {
  const a = normalizeTemplateText(ours);
  const b = normalizeTemplateText(theirs);
  if (a.text === b.text) return undefined;
  let prefix = 0;
  while (prefix < a.text.length && prefix < b.text.length && a.text[prefix] === b.text[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.text.length - prefix &&
    suffix < b.text.length - prefix &&
    a.text[a.text.length - 1 - suffix] === b.text[b.text.length - 1 - suffix]
  )
    suffix++;
  const startN = prefix;
  const endN = a.text.length - suffix;
  // An insertion in Meta's copy (nothing differs here) still marks one character of ours.
  const start = endN > startN ? a.source[startN]! : Math.max(0, Math.min(a.source[startN]!, ours.length - 1));
  const end = endN > startN ? a.source[endN - 1]! + 1 : Math.min(ours.length, start + 1);
  return {
    range: { start, end: Math.max(end, start) },
    ours: a.text.slice(startN, endN),
    theirs: b.text.slice(startN, b.text.length - suffix),
  };
}
