// Conformance of the genesys channel: Genesys DMS publishes no machine-readable model of the
// structured content it sends on, so the rendered body is checked against the project's own
// structured-body schema (the shape of the DMS example), for every example and generated response.
import { describe, expect, it } from 'vitest';
import { renderStandardResponse, validateSchema } from '@fieldcode/content';
import { examples, generated, options, profiles } from './channel-library.js';

describe.each(profiles)('genesys payloads are valid structured bodies (%s profile)', (profile) => {
  it('every example and generated response renders ok to a body the structured-body schema accepts', () => {
    for (const entry of [...examples(), ...generated()]) {
      const result = renderStandardResponse(entry.response, (entry.data ?? null) as never, { ...options, channel: 'genesys', profile });
      expect([result.ok, validateSchema('structured-body', result.output)], entry.name).toEqual([true, []]);
    }
  });
});
