/**
 * A list envelope of `rows` rows in sections of 50 (`Store n` titles, `Open until …` descriptions,
 * each with a field code): the large file of the studio's browser tests.
 */
export function listText(rows: number): string {
  const content = [];
  for (let s = 0; s * 50 < rows; s++)
    content.push({
      type: 'section',
      title: `Area ${s + 1}`,
      rows: Array.from({ length: Math.min(50, rows - s * 50) }, (_, r) => ({
        id: `row-${s * 50 + r}`,
        title: `Store ${s * 50 + r}`,
        description: `Open until ${(r % 12) + 1} pm, <$ Contact.FirstName $>`,
      })),
    });
  const response = {
    name: 'Stores',
    profile: 'whatsapp',
    structured: { contentType: 'single-selection-list', text: 'Which store, <$ Contact.FirstName $>?', button: 'Choose', content },
    sampleData: { Contact: { FirstName: 'Ann' } },
  };
  return JSON.stringify(response, null, 2) + '\n';
}
