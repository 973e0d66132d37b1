import { render, type RenderOptions } from '@fieldcode/language';

/** Seed data of the product (SPEC §3), copied here so tests do not depend on anything outside the repository. */
export const seedData = {
  Contact: { FirstName: 'John', LastName: 'Smith', MyFC_BillAmount: '$129.99' },
  Agent: { FirstName: 'Ann', FullName: 'Ann Lee', Signature: 'Ann, Acme support' },
  Interaction: {
    Id: '0009SaF2PQ3A00HY',
    DateCreated: '2026-11-21T09:30:00Z',
    TimeZone: 'GMT+01.00',
    AttachedData: { Language: 'en' },
  },
  Variables: { CustomProp_Date: 'March 7 / 2020', CustomProp_Time: '3:00 PM' },
};

/** Output of a single formula wrapped in canonical delimiters. */
export function out(formula: string, data: unknown = {}, options?: RenderOptions): string {
  return render(`<$${formula}$>`, data, options).output;
}

/** Diagnostic codes of a render. */
export function codes(source: string, data: unknown = {}, options?: RenderOptions): string[] {
  return render(source, data, options).diagnostics.map((d) => d.code);
}
