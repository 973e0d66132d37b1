/** The Details tabs (WAI-ARIA tabs: arrow keys, Home and End move between them). */
import { $ } from './dom.js';

/** Wires every tab list of the page; each moves on its own. */
export function wireTabs(): void {
  for (const list of document.querySelectorAll<HTMLElement>('[role="tablist"]')) wireTabList(list);
}

function wireTabList(list: HTMLElement): void {
  const tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement, focus: boolean): void => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      $<HTMLElement>(`#${other.getAttribute('aria-controls')}`).hidden = !selected;
    }
    if (focus) tab.focus();
    list.dispatchEvent(new CustomEvent('fieldcode-tab-select', { detail: { tab: tab.id } }));
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const index = tabs.indexOf(tab);
      const next =
        event.key === 'ArrowRight'
          ? tabs[(index + 1) % tabs.length]
          : event.key === 'ArrowLeft'
            ? tabs[(index - 1 + tabs.length) % tabs.length]
            : event.key === 'Home'
              ? tabs[0]
              : event.key === 'End'
                ? tabs[tabs.length - 1]
                : undefined;
      if (next) {
        event.preventDefault();
        select(next, true);
      }
    });
  }
}
