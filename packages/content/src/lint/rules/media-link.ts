import type { CompiledText } from '../../message/text.js';
import type { ModelMedia, ResponseModel } from '../../message/model.js';
import { linkScheme, mediaLinkVerdict } from '../../profiles/index.js';
import { ruleMeta, type Rule } from '../rule.js';

/** Every media of a model (headers, attachments, card media) that names its file by `url` and not by a media `id`. */
function linkedMedia(model: ResponseModel | undefined): Array<ModelMedia & { url: CompiledText }> {
  if (model === undefined) return [];
  const all = [model.header?.media, ...model.attachments.map((a) => a.media), ...model.cards.map((c) => c.media)];
  // A media id wins over the link (the channel sends the id), so such a link is never fetched.
  return all.filter((m): m is ModelMedia & { url: CompiledText } => m?.url !== undefined && (m.id === undefined || m.id.source === ''));
}

/**
 * Media links a profile's channel cannot fetch (the profile's `mediaLinks`: the link schemes it
 * fetches, and those it only tolerates). Under `whatsapp-cloud` Meta fetches media from a public
 * https link, so a Genesys `genesys://ucs/…` document reference — fine for the `whatsapp`
 * (Genesys connector) profile, which fetches it from UCS — fails the send. Checked on the literal
 * start of the link: a link whose scheme comes from a field code is left to the render check.
 */
export const mediaLink: Rule = {
  meta: ruleMeta({
    id: 'media-link',
    defaultSeverity: 'error',
    description: "Media links must use a scheme the profile's channel can fetch (whatsapp-cloud: https, no genesys:// references).",
    fixable: false,
    messages: {
      unfetchable: "{{profile}} cannot fetch media from a '{{scheme}}:' link: upload the file and use a media id or an https link.",
      notAbsolute:
        '{{profile}} fetches media from a public link and this one has no scheme: upload the file and use a media id or an https link.',
      tolerated: "{{profile}} media should come from an https link; this one is '{{scheme}}:'.",
    },
  }),
  check(context) {
    const rule = context.profile.mediaLinks;
    const response = context.file.response;
    if (rule === undefined || response === undefined) return;
    const models = response.model === response.plain ? [response.model] : [response.model, response.plain];
    for (const media of models.flatMap(linkedMedia)) {
      const template = context.file.templateAt(media.url.pointer);
      if (template === undefined) continue;
      // Only the literal start of the link (before any field code) is known before rendering.
      const source = media.url.source;
      const cut = source.indexOf('<$');
      const found = linkScheme(cut === -1 ? source : source.slice(0, cut), cut === -1);
      if (found === undefined) continue;
      const profile = context.profile.name;
      if (found === null) {
        context.report({ template, messageId: 'notAbsolute', data: { profile } });
        continue;
      }
      const verdict = mediaLinkVerdict(found, rule);
      if (verdict === 'ok') continue;
      context.report({
        template,
        start: 0,
        end: found.length + 1,
        messageId: verdict === 'error' ? 'unfetchable' : 'tolerated',
        data: { profile, scheme: found },
        ...(verdict === 'warn' ? { severity: 'warning' as const } : {}),
      });
    }
  },
};
