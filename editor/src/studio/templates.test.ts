/** Every "New" template is a valid standard response that lints clean on every shipped profile. */
import { describe, it, expect } from 'vitest';
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
      'plain-text',
    ]);
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
