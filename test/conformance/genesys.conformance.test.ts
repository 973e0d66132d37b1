// Conformance of the genesys channel: Genesys DMS publishes no machine-readable model of the
// structured content it sends on, so the rendered body is checked against the project's own
// structured-body schema (the shape of the DMS example), for every example and generated response.
import { describe, expect, it } from 'vitest';
import { renderStandardResponse, validateSchema } from '@fieldcode/content';
import { examples, forProfile, generated, options, profiles } from './channel-library.js';

describe.each(profiles)('genesys payloads are valid structured bodies (%s profile)', (profile) => {
  // One case per example and generated response, named by its file or its variations.
  it.each([...examples(), ...forProfile(generated(), profile)].map((entry) => [entry.name, entry] as const))(
    '%s: renders ok to a body the structured-body schema accepts, dropping only what it says',
    (_, entry) => {
      const result = renderStandardResponse(entry.response, (entry.data ?? null) as never, { ...options, channel: 'genesys', profile });
      const dropped = result.diagnostics.filter((d) => d.code.startsWith('channel-')).map((d) => `${d.code} ${d.path ?? ''}`);
      expect([result.ok, validateSchema('structured-body', result.output), dropped]).toEqual([true, [], entry.drops?.genesys ?? []]);
    },
  );
});
