/** Minimal ANSI styling; every function returns the text unchanged when colour is off. */
export interface Palette {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const colored: Palette = {
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const identity = (text: string): string => text;
const plain: Palette = {
  red: identity,
  green: identity,
  yellow: identity,
  cyan: identity,
  dim: identity,
  bold: identity,
  underline: identity,
};

export function palette(color: boolean): Palette {
  return color ? colored : plain;
}
