/**
 * The example named in the page's URL fragment (`#bill-reminder.json`). The fragment is whatever
 * the address bar holds: a malformed escape (`#%E0%A4%A`) names nothing instead of throwing a
 * URIError that would stop the page from starting.
 */
export function fragmentFileName(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}

/** The fragment that names `file` (escaped, so names with `%` or `#` read back the same). */
export function fragmentFor(file: string): string {
  return `#${encodeURIComponent(file)}`;
}
