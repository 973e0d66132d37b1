import { describe, expect, it } from 'vitest';
import { renderStandardResponse } from '../render/engine.js';

/** A template whose body prints a date with a written month and weekday. */
function template(language: string) {
  return {
    structured: {
      contentType: 'notification',
      content: [
        {
          type: 'notification',
          language,
          id: 'ns@visit',
          text: 'Visit on {{1}}.',
          parameters: [{ index: 1, value: '<$ Date(1965, 11, 23) : "EEEE d MMMM yyyy" $>' }],
        },
      ],
    },
  };
}

const bodyText = (result: ReturnType<typeof renderStandardResponse>): string =>
  (result.output as { content: Array<{ text: string }> }).content[0]!.text;

describe('render locale', () => {
  it("follows the template's language when the locale option is absent", () => {
    const result = renderStandardResponse(template('es_ES'), {});
    expect(result.diagnostics).toEqual([]);
    expect(bodyText(result)).toBe('Visit on martes 23 noviembre 1965.');
  });

  it('the locale option wins over the template language', () => {
    expect(bodyText(renderStandardResponse(template('es_ES'), {}, { locale: 'pt-BR' }))).toBe('Visit on terça-feira 23 novembro 1965.');
  });

  it('a template language that names no locale leaves en_US, without a warning', () => {
    const result = renderStandardResponse(template('xx'), {});
    expect(bodyText(result)).toBe('Visit on Tuesday 23 November 1965.');
    expect(result.diagnostics.filter((d) => d.code === 'unknown-locale')).toEqual([]);
  });
});
