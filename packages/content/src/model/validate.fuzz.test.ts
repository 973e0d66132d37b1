// Any JSON value, for any schema: validateSchema returns well-formed issues and never throws.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateSchema } from './validate.js';
import { schemaNames } from './schemas.js';

const pointer = /^(\/([^/~]|~[01])*)*$/;

describe('validateSchema on arbitrary JSON', () => {
  it.each([...schemaNames])('%s', (name) => {
    const document = fc.oneof(
      fc.jsonValue({ maxDepth: 6 }),
      // Documents close to the real shapes reach deeper into the schemas.
      fc.record({
        contentType: fc.constantFrom(
          'notification',
          'quick-replies',
          'generic',
          'single-selection-list',
          'reply-buttons',
          'text',
          '<$ X $>',
        ),
        content: fc.array(
          fc.dictionary(
            fc.constantFrom('type', 'index', 'text', 'url', 'id', 'parameters', 'rows', 'buttons'),
            fc.jsonValue({ maxDepth: 3 }),
          ),
          { maxLength: 4 },
        ),
      }),
    );
    fc.assert(
      fc.property(document, (value) => {
        const issues = validateSchema(name, value);
        for (const issue of issues) {
          expect(issue.instancePath).toMatch(pointer);
          expect(typeof issue.keyword).toBe('string');
          expect(issue.keyword).not.toBe('if');
          expect(typeof issue.message).toBe('string');
          expect(typeof issue.params).toBe('object');
        }
        expect(new Set(issues.map((issue) => JSON.stringify(issue))).size).toBe(issues.length);
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });
});
