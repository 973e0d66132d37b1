/** String functions of the Genesys reference (§7.1). Positions are 0-based and count code points. */
import type { FunctionDefinition } from '../types.js';
import { codePoints, integerArg, sliceChars, stringArg } from './arguments.js';

export const stringFunctions: FunctionDefinition[] = [
  {
    name: 'Find',
    signature: 'Find(SearchIn, SearchFor)',
    description: '0-based position of the first occurrence of SearchFor in SearchIn (case-sensitive), or -1 when absent.',
    minArgs: 2,
    maxArgs: 2,
    extension: false,
    examples: [
      ['Find("Hello, World!", "H")', '0'],
      ['Find("Hello, World!", "lo")', '3'],
      ['Find("Hello, World!", "Qbert")', '-1'],
    ],
    call([haystack, needle], ctx) {
      const s = stringArg(haystack ?? null, ctx);
      const index = s.indexOf(stringArg(needle ?? null, ctx));
      return index <= 0 ? index : Array.from(s.slice(0, index)).length;
    },
  },
  {
    name: 'Left',
    signature: 'Left(String, Number)',
    description:
      'The first Number characters of String; 0 or a negative Number gives empty text, more than the length gives the whole string.',
    minArgs: 2,
    maxArgs: 2,
    extension: false,
    examples: [
      ['Left("Hello, World!", 5)', 'Hello'],
      ['Left("Hello, World!", 0)', ''],
      ['Left("Hello, World!", 25)', 'Hello, World!'],
    ],
    call([value, count], ctx) {
      const n = integerArg(count ?? null, 2);
      return n <= 0 ? '' : sliceChars(codePoints(stringArg(value ?? null, ctx)), 0, n);
    },
  },
  {
    name: 'Length',
    signature: 'Length(String)',
    description: 'Number of characters (Unicode code points) of String.',
    minArgs: 1,
    maxArgs: 1,
    extension: false,
    examples: [
      ['Length("Hello")', '5'],
      ['Length("Hello, world!")', '13'],
    ],
    call([value], ctx) {
      return codePoints(stringArg(value ?? null, ctx)).length;
    },
  },
  {
    name: 'Mid',
    signature: 'Mid(String, Start, Length)',
    description:
      'Length characters of String from the 0-based Start. Start beyond the end or Length 0 gives empty text; Length past the end gives the rest. A negative Start counts as 0; a negative Length gives empty text.',
    minArgs: 3,
    maxArgs: 3,
    extension: false,
    examples: [
      ['Mid("Hello, World!", 2, 3)', 'llo'],
      ['Mid("Hello, World!", 25, 5)', ''],
    ],
    call([value, startArg, lengthArg], ctx) {
      const start = Math.max(0, integerArg(startArg ?? null, 2));
      const length = integerArg(lengthArg ?? null, 3);
      if (length <= 0) return '';
      return sliceChars(codePoints(stringArg(value ?? null, ctx)), start, start + length);
    },
  },
];
