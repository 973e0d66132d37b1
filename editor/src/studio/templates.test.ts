/** Every "New" template is a valid standard response that lints clean on every shipped profile. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, profileNames } from '@fieldcode/content';
import { studioTemplates } from './templates.js';

describe('studio templates', () => {
  it('cover the content types of the studio, each once', () => {
    expect(studioTemplates.map((template) => template.id)).toEqual([
      'notification',
      'rich-media',
      'quick-replies',
      'reply-buttons',
      'list',
      'carousel',
      'cta-url',
      'copy-code',
      'authentication',
      'text-attachment',
      'plain-text',
    ]);
  });

  it('give every content type of the structured-body schema a starting point', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../../schemas/structured-body.schema.json'), 'utf8')) as {
      properties: { contentType: { then: { enum: string[] } } };
    };
    const covered = new Set(
      studioTemplates
        .filter((template) => template.extension === 'json')
        .map((template) => (JSON.parse(template.text) as { structured: { contentType: string } }).structured.contentType),
    );
    expect(schema.properties.contentType.then.enum.filter((type) => !covered.has(type))).toEqual([]);
    expect(covered.size).toBe(7);
  });

  for (const template of studioTemplates) {
    it(`${template.id} lints without errors or warnings`, () => {
      for (const profile of profileNames) {
        const { diagnostics } = lint(template.text, { filePath: `new.${template.extension}`, profile });
        const findings = diagnostics.filter((d) => d.severity !== 'info').map((d) => `${profile} ${d.code}: ${d.message}`);
        expect(findings).toEqual([]);
      }
    });
  }
});
