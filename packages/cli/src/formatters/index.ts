import type { Formatter } from '../report.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** Names accepted by `--format`. */
export const formatNames = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;
export type FormatName = (typeof formatNames)[number];

const formatters = new Map<FormatName, Formatter>([
  ['stylish', stylish],
  ['json', json],
  ['sarif', sarif],
  ['github', github],
  ['gitlab', gitlab],
  ['junit', junit],
]);

/** The formatter registered under `name`. */
export function getFormatter(name: FormatName): Formatter {
  return formatters.get(name)!;
}
