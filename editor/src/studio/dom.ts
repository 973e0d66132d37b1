/** The studio page's fixed elements (index.html), looked up once; a missing one is a page bug. */
import type { FieldcodeEditor } from '../elements/fieldcode-editor.js';
import type { FieldcodePreview } from '../elements/fieldcode-preview.js';
import type { FieldcodeSampleData } from '../elements/fieldcode-sample-data.js';

/** The element matching `selector`; throws when the page lacks it. */
export const $ = <T extends Element>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`studio page is missing ${selector}`);
  return element;
};

export const editor = $<FieldcodeEditor>('#editor');
export const preview = $<FieldcodePreview>('#preview');
export const sampleData = $<FieldcodeSampleData>('#sample-data');
export const filesBox = $<HTMLDivElement>('#files');
export const fileName = $<HTMLSpanElement>('#file-name');
export const dirtyMarker = $<HTMLSpanElement>('#dirty-marker');
export const lintStatus = $<HTMLParagraphElement>('#lint-status');
export const banner = $<HTMLDivElement>('#banner');
export const profileSelect = $<HTMLSelectElement>('#profile');
export const profileSource = $<HTMLSpanElement>('#profile-source');
export const previewHeading = $<HTMLHeadingElement>('#preview-heading');
export const dataSource = $<HTMLParagraphElement>('#data-source');
export const searchInput = $<HTMLInputElement>('#search');
export const filterType = $<HTMLSelectElement>('#filter-type');
export const filterProblems = $<HTMLSelectElement>('#filter-problems');
export const libraryError = $<HTMLParagraphElement>('#library-error');
export const librarySummary = $<HTMLParagraphElement>('#library-summary');
