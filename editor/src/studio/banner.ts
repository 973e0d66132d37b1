/** The banner line under the file bar: what just happened, or what went wrong (a live region). */
import { banner } from './dom.js';

export function announce(message: string, tone: 'info' | 'error' = 'info'): void {
  banner.hidden = false;
  banner.textContent = message;
  banner.classList.toggle('error', tone === 'error');
}

export function clearBanner(): void {
  banner.hidden = true;
  banner.textContent = '';
}

/** Adds an action button to the current banner message (e.g. "Discard draft"). */
export function addBannerButton(label: string, action: () => void): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', action);
  banner.append(' ', button);
}
