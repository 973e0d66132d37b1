/**
 * Number patterns with Java `DecimalFormat` letters: `0 # , . E0 % ‰ ¤ ¤¤ - ' ;`. Two departures
 * from Java, both Genesys's: a fraction written only with `#` shows all its digits (the
 * documented `2 : "#.##"` → `2.00`; scientific patterns keep Java's optional `#`), and at least
 * one integer digit is printed (`0.5 : "#.##"` → `0.50`). Rounding is half away from zero on the decimal digits (see decimal.ts). One linear
 * scan parses a pattern; output is bounded by the digit limits of pattern-problem.ts.
 */
import { decimalOf, roundDigits, roundFraction, shift, splitDecimal, type Decimal } from './decimal.js';
import { localDigits, type LocaleInfo } from './locales.js';
import {
  cachedPatternParser,
  MAX_FRACTION_DIGITS,
  MAX_INTEGER_DIGITS,
  MAX_LETTER_RUN,
  patternProblem,
  type PatternProblem,
} from './pattern-problem.js';

/** Signs in a prefix or suffix, printed with the locale's symbols. */
const Sign = { Minus: 0, Percent: 1, PerMille: 2, Currency: 3, CurrencyCode: 4 } as const;

type Affix = Array<string | number>;

interface Affixes {
  readonly prefix: Affix;
  readonly suffix: Affix;
}

/** A parsed number pattern. */
export interface NumberPattern {
  readonly positive: Affixes;
  /** The `;` section's prefix and suffix; null: a minus sign before the positive prefix. */
  readonly negative: Affixes | null;
  readonly minInteger: number;
  /** Integer placeholders (`#` and `0`); only scientific patterns use it (engineering notation). */
  readonly maxInteger: number;
  readonly minFraction: number;
  readonly maxFraction: number;
  /** Digits per group (0: no grouping). */
  readonly grouping: number;
  /** Minimum exponent digits; 0 when the pattern is not scientific. */
  readonly exponentDigits: number;
  /** Power of ten applied first: 2 for `%`, 3 for `‰`. */
  readonly scale: number;
  readonly decimalAlwaysShown: boolean;
}

interface Section extends Affixes {
  end: number;
  hasNumber: boolean;
  intHash: number;
  intZero: number;
  fracZero: number;
  fracHash: number;
  decimalAt: number;
  grouping: number;
  exponentDigits: number;
  scale: number;
}

const isPlaceholder = (c: string | undefined): boolean => c === '0' || c === '#';

function addText(affix: Affix, text: string): void {
  const last = affix.length - 1;
  if (last >= 0 && typeof affix[last] === 'string') affix[last] += text;
  else affix.push(text);
}

/** Scans one section from `start` to the next unquoted `;` (or the end). */
function scanSection(p: string, start: number, first: boolean): Section | PatternProblem {
  const s: Section = {
    prefix: [],
    suffix: [],
    end: p.length,
    hasNumber: false,
    intHash: 0,
    intZero: 0,
    fracZero: 0,
    fracHash: 0,
    decimalAt: -1,
    grouping: 0,
    exponentDigits: 0,
    scale: 0,
  };
  let affix = s.prefix;
  let phase = 0; // 0 prefix, 1 number, 2 suffix
  let lastComma = -1;
  let scaleAt = -1;
  let i = start;
  while (i < p.length) {
    const c = p[i] as string;
    if (phase !== 1) {
      if (c === "'") {
        if (p[i + 1] === "'") {
          addText(affix, "'");
          i += 2;
          continue;
        }
        let text = '';
        let j = i + 1;
        for (;;) {
          if (j >= p.length) return patternProblem("Unterminated quote: close the literal text with '.", i);
          if (p[j] === "'") {
            if (p[j + 1] !== "'") break;
            text += "'";
            j += 2;
          } else text += p[j++];
        }
        addText(affix, text);
        i = j + 1;
        continue;
      }
      if (isPlaceholder(c) || ((c === '.' || c === ',') && phase === 0 && isPlaceholder(p[i + 1]))) {
        if (phase === 2) return patternProblem(`Unquoted "${c}" after the number: write '${c}' to print it.`, i);
        phase = 1;
        s.hasNumber = true;
        continue;
      }
      if (c === ';') {
        if (!first) return patternProblem('A number pattern has at most two sections (positive;negative).', i);
        if (phase === 0) return patternProblem('A number pattern needs a digit placeholder (0 or #) before ";".', i);
        s.end = i;
        break;
      }
      if (c === '%' || c === '‰') {
        if (scaleAt >= 0) return patternProblem('A number pattern can have only one % or ‰.', i);
        scaleAt = i;
        s.scale = c === '%' ? 2 : 3;
        affix.push(c === '%' ? Sign.Percent : Sign.PerMille);
      } else if (c === '¤') {
        const doubled = p[i + 1] === '¤';
        affix.push(doubled ? Sign.CurrencyCode : Sign.Currency);
        if (doubled) i++;
      } else if (c === '-') affix.push(Sign.Minus);
      else addText(affix, c);
      i++;
      continue;
    }
    if (c === '#') {
      if (s.decimalAt >= 0) s.fracHash++;
      else if (s.intZero > 0) return patternProblem('"#" cannot follow "0" in the integer part: write # before 0 (#,##0).', i);
      else s.intHash++;
      if (lastComma >= 0 && s.decimalAt < 0) s.grouping++;
    } else if (c === '0') {
      if (s.decimalAt >= 0) {
        if (s.fracHash > 0) return patternProblem('"0" cannot follow "#" in the fraction: write 0 before # (0.0#).', i);
        s.fracZero++;
      } else {
        s.intZero++;
        if (lastComma >= 0) s.grouping++;
      }
    } else if (c === ',') {
      if (s.decimalAt >= 0) return patternProblem('A grouping separator "," cannot be in the fraction.', i);
      lastComma = i;
      s.grouping = 0;
    } else if (c === '.') {
      if (s.decimalAt >= 0) return patternProblem('A number pattern has only one decimal point.', i);
      s.decimalAt = i;
    } else if (c === 'E' && p[i + 1] === '0') {
      let j = i + 1;
      while (p[j] === '0') j++;
      s.exponentDigits = j - i - 1;
      if (s.exponentDigits > MAX_LETTER_RUN) return patternProblem(`At most ${MAX_LETTER_RUN} exponent digits.`, i, j - i);
      i = j;
      phase = 2;
      affix = s.suffix;
      continue;
    } else {
      phase = 2;
      affix = s.suffix;
      continue;
    }
    i++;
  }
  if (!s.hasNumber) {
    if (first) return patternProblem('A number pattern needs a digit placeholder (0 or #).', start, s.end - start);
    return s;
  }
  if (lastComma >= 0 && s.grouping === 0) return patternProblem('A grouping separator "," needs digit placeholders after it.', lastComma);
  if (lastComma >= 0 && s.exponentDigits > 0) return patternProblem('A scientific pattern (E0) cannot group digits.', lastComma);
  if (s.intZero > MAX_INTEGER_DIGITS) return patternProblem(`At most ${MAX_INTEGER_DIGITS} integer digits.`, start, s.end - start);
  if (s.fracZero + s.fracHash > MAX_FRACTION_DIGITS)
    return patternProblem(`At most ${MAX_FRACTION_DIGITS} fraction digits.`, start, s.end - start);
  return s;
}

/** Parses a number pattern, or says what is wrong and where. Results are cached (patterns are few). */
export const parseNumberPattern = cachedPatternParser<NumberPattern>((pattern) => parse(pattern));

function parse(pattern: string): NumberPattern | PatternProblem {
  const main = scanSection(pattern, 0, true);
  if ('problem' in main) return main;
  let negative: Affixes | null = null;
  if (main.end < pattern.length) {
    const second = scanSection(pattern, main.end + 1, false);
    if ('problem' in second) return second;
    negative = { prefix: second.prefix, suffix: second.suffix };
  }
  // Genesys: a fraction of `#` only is fixed (`#.##` → 2.00); after a `0`, and in scientific
  // patterns, `#` are optional (Java).
  const hashOnly = main.fracZero === 0 && main.exponentDigits === 0;
  return {
    positive: { prefix: main.prefix, suffix: main.suffix },
    negative,
    minInteger: main.exponentDigits > 0 ? main.intZero : Math.max(1, main.intZero),
    maxInteger: main.intHash + main.intZero,
    minFraction: hashOnly ? main.fracHash : main.fracZero,
    maxFraction: main.fracZero + main.fracHash,
    grouping: main.grouping,
    exponentDigits: main.exponentDigits,
    scale: main.scale,
    decimalAlwaysShown: main.decimalAt >= 0 && main.fracZero + main.fracHash === 0,
  };
}

function group(digits: string, size: number, separator: string): string {
  if (size <= 0 || digits.length <= size) return digits;
  let i = digits.length % size || size;
  let out = digits.slice(0, i);
  for (; i < digits.length; i += size) out += separator + digits.slice(i, i + size);
  return out;
}

function affixText(affix: Affix, locale: LocaleInfo): string {
  let out = '';
  for (const part of affix) {
    if (typeof part === 'string') out += part;
    else if (part === Sign.Minus) out += locale.minusSign;
    else if (part === Sign.Percent) out += locale.percentSign;
    else if (part === Sign.PerMille) out += locale.perMilleSign;
    // Java prints ¤ and XXX when the locale has no currency.
    else if (part === Sign.Currency) out += locale.currencySymbol ?? locale.currencyCode ?? '¤';
    else out += locale.currencyCode ?? 'XXX';
  }
  return out;
}

function fixedBody(d: Decimal, p: NumberPattern, locale: LocaleInfo): { body: string; zero: boolean } {
  const rounded = roundFraction(d, p.maxFraction);
  const parts = splitDecimal(rounded);
  const integer = parts.integer.padStart(p.minInteger, '0');
  const fraction = parts.fraction.padEnd(p.minFraction, '0');
  let body = group(localDigits(integer, locale), p.grouping, locale.group);
  if (fraction !== '' || p.decimalAlwaysShown) body += locale.decimal + localDigits(fraction, locale);
  return { body, zero: rounded.digits === '' };
}

/** Java's scientific layout: the mantissa keeps `maxInteger + maxFraction` significant digits. */
function scientificBody(d: Decimal, p: NumberPattern, locale: LocaleInfo): { body: string; zero: boolean } {
  const rounded = roundDigits(d, Math.max(1, p.maxInteger + p.maxFraction));
  const zero = rounded.digits === '';
  let exponent = rounded.point;
  let minInteger = p.minInteger;
  const repeat = p.maxInteger;
  if (repeat > 1 && repeat > p.minInteger) {
    // Engineering notation (`##0.##E0`): the exponent is a multiple of the integer placeholders.
    exponent = exponent >= 1 ? Math.trunc((exponent - 1) / repeat) * repeat : Math.trunc((exponent - repeat) / repeat) * repeat;
    minInteger = 1;
  } else exponent -= minInteger;
  const integerDigits = zero ? minInteger : rounded.point - exponent;
  const minimumDigits = Math.max(p.minInteger + p.minFraction, integerDigits);
  const total = Math.max(rounded.digits.length, minimumDigits);
  let mantissa = '';
  for (let i = 0; i < total; i++) {
    if (i === integerDigits) mantissa += '.';
    mantissa += i < rounded.digits.length ? rounded.digits[i] : '0';
  }
  if (p.decimalAlwaysShown && total === integerDigits) mantissa += '.';
  const shown = zero ? 0 : exponent;
  const exponentText = String(Math.abs(shown)).padStart(p.exponentDigits, '0');
  const body =
    localDigits(mantissa, locale).replace('.', locale.decimal) +
    locale.exponent +
    (shown < 0 ? locale.minusSign : '') +
    localDigits(exponentText, locale);
  return { body, zero };
}

/** Formats a finite number with a parsed pattern in a locale. */
export function formatNumber(value: number, p: NumberPattern, locale: LocaleInfo): string {
  const d = shift(decimalOf(value), p.scale);
  const { body, zero } = p.exponentDigits > 0 ? scientificBody(d, p, locale) : fixedBody(d, p, locale);
  // A negative number that rounds to zero prints as zero, without a sign.
  if (!(value < 0) || zero) return affixText(p.positive.prefix, locale) + body + affixText(p.positive.suffix, locale);
  if (p.negative !== null) return affixText(p.negative.prefix, locale) + body + affixText(p.negative.suffix, locale);
  return locale.minusSign + affixText(p.positive.prefix, locale) + body + affixText(p.positive.suffix, locale);
}
