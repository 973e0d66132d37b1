/** The profile switcher: edits the file's own `profile`, or shows the config's and where it comes from. */
import { getProfile, profileNames } from '@fieldcode/content';
import { preview, previewHeading, profileSelect, profileSource } from './dom.js';
import type { DocumentFacts } from '../preview/preview-data.js';
import { configProfile, state } from './state.js';

/** The channel named in the preview heading: it follows the profile in force. */
export function channelName(profile: string, kind: 'json' | 'text'): string {
  if (kind === 'text') return 'Plain text';
  if (profile.startsWith('apple')) return 'Apple Messages';
  if (profile.startsWith('whatsapp')) return 'WhatsApp';
  return getProfile(profile)?.description ?? profile;
}

export function renderProfileBar(view: DocumentFacts | undefined): void {
  const { current, library } = state;
  const own = view?.profile;
  const inherited = configProfile();
  const origin = library.config.path ? `from ${library.config.path}` : 'from the default';
  profileSelect.replaceChildren(
    new Option(`${inherited} (${library.config.path ? `from ${library.config.path}` : 'default'})`, ''),
    ...profileNames.map((name) => new Option(name, name)),
  );
  if (own !== undefined && !profileNames.includes(own)) profileSelect.append(new Option(`${own} (unknown)`, own));
  profileSelect.value = own ?? '';
  const editable = current?.kind === 'json' && view?.envelope === true;
  profileSelect.disabled = !editable;
  profileSource.textContent = !current
    ? ''
    : own !== undefined
      ? `Set in this file ("profile": "${own}").`
      : editable
        ? `Not set in this file: the ${inherited} profile comes ${origin}.`
        : `${current.kind === 'text' ? 'A .txt file' : 'A bare structured body'} cannot hold a profile: ${inherited} comes ${origin}.`;
  const effective = own ?? inherited;
  preview.profile = effective;
  previewHeading.textContent = `${channelName(effective, current?.kind ?? 'json')} preview`;
}
