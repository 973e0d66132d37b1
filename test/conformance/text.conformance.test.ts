// Conformance of the text channel: the plain fallback is a string with every field code rendered
// and no placeholder left, for every example and generated response.
import { describe, expect, it } from 'vitest';
import { renderStandardResponse } from '@fieldcode/content';
import { examples, forProfile, generated, options, profiles } from './channel-library.js';

describe.each(profiles)('text payloads are plain strings (%s profile)', (profile) => {
  // One case per example and generated response, named by its file or its variations.
  it.each([...examples(), ...forProfile(generated(), profile)].map((entry) => [entry.name, entry] as const))(
    '%s: renders ok to a non-empty string without field codes or {{n}}',
    (_, entry) => {
      const result = renderStandardResponse(entry.response, (entry.data ?? null) as never, { ...options, channel: 'text', profile });
      const output = result.output;
      expect([result.ok, typeof output, /<\$|\$>|\{\{\s*\d+\s*\}\}/.test(String(output)), String(output).length > 0]).toEqual([
        true,
        'string',
        false,
        true,
      ]);
    },
  );
});
