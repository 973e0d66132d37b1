import type { JsonNode } from '../json/tree.js';
import { childPointer } from '../json/pointer.js';
import { propertyNode, stringProperty } from '../json/tree.js';
import type { LimitId } from '../../types.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { contentParts, type ModelPart } from '../../message/model.js';
import { sortItemsByIndex } from '../../message/index-rule.js';
import { MEDIA_TYPES, nodeOfPointer } from '../structure.js';

type Kind = 'image' | 'video' | 'audio' | 'document';

/** File extensions → MIME types, to cross-check `name`/URL against `mime`. */
const EXTENSION_MIME: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  mp4: 'video/mp4',
  '3gp': 'video/3gpp',
  mov: 'video/quicktime',
  aac: 'audio/aac',
  amr: 'audio/amr',
  opus: 'audio/opus',
  ogg: 'audio/ogg',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  pdf: 'application/pdf',
  txt: 'text/plain',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface Media {
  node: JsonNode;
  pointer: string;
  kind: Kind;
}

/** Attachments and media headers: MIME type accepted by the profile, name matching the type, size. */
export const attachmentType: Rule = {
  meta: ruleMeta({
    id: 'attachment-type',
    defaultSeverity: 'error',
    description: 'Attachments must have a type and size the channel accepts.',
    fixable: false,
    messages: {
      audioHeader: 'An audio file cannot be a notification header: use an image, a video or a document.',
      mimeNotAccepted: "'{{mime}}' is not an accepted {{kind}} type for {{profile}}; accepted: {{accepted}}.",
      extensionMismatch: "The file name ends in '.{{extension}}' ({{extensionMime}}) but the mime type is '{{mime}}'.",
      extensionNotAccepted:
        "A '.{{extension}}' file ({{extensionMime}}) is not an accepted {{kind}} type for {{profile}}; accepted: {{accepted}}.",
      tooLarge: 'The {{kind}} is {{size}}; {{profile}} accepts at most {{max}}.',
    },
  }),
  check(context) {
    for (const media of collectMedia(context)) checkMedia(context, media);
  },
};

/** Every media object of the message, from the model: attachments, media headers and items, card media. */
function collectMedia(context: RuleContext): Media[] {
  const out: Media[] = [];
  const add = (pointer: string, kind: string | undefined) => {
    const node = nodeOfPointer(context, pointer);
    if (node && node.type === 'object' && kind && MEDIA_TYPES.has(kind)) out.push({ node, pointer, kind: kind as Kind });
  };
  const response = context.file.response;
  // Envelope attachments belong to the plain-text model (compiled only with a plainText).
  if (response?.plain !== undefined) for (const part of response.plain.attachments) add(part.pointer, part.type);
  else for (const a of context.file.attachments) add(a.pointer, stringProperty(a.node, 'type'));
  const s = context.file.structured;
  const model = response?.model;
  if (!s || model === undefined || model === response?.plain) return out;
  if (model.contentType === 'generic') {
    for (const card of model.cards) if (card.media !== undefined) add(card.media.pointer, card.media.type);
    return out;
  }
  // Items in display order (the one index rule, as the renderer orders them), then the body-level header.
  const items = sortItemsByIndex(contentParts(model), (part) => part.index);
  const parts = [model.header, model.body, model.footer, ...model.buttons, ...model.sections, ...model.attachments, ...model.others];
  const bodyLevel = parts.filter((part): part is ModelPart => part !== undefined && !items.includes(part));
  for (const part of [...items, ...bodyLevel]) add(part.pointer, part.type);
  if (model.contentType === 'notification') {
    // Audio is never a header (message/parts.ts): an audio item where the header would sit is named as such.
    const bodyAt = items.findIndex((part) => part.type === 'notification');
    const header = items
      .slice(0, Math.max(0, bodyAt))
      .find((part) => part.type === 'text' || (part.type !== undefined && MEDIA_TYPES.has(part.type)));
    if (header?.type === 'audio') {
      const path = childPointer(header.pointer, 'type');
      context.report({ node: nodeOfPointer(context, path), path, messageId: 'audioHeader' });
    }
  }
  return out;
}

function extensionOf(media: Media): string | undefined {
  const name = stringProperty(media.node, 'name');
  const url = stringProperty(media.node, 'url');
  const fileName = name ?? (url ? (/[?&]file-name=([^&#]+)/.exec(url)?.[1] ?? url.split(/[?#]/)[0]!.split('/').pop()) : undefined);
  const m = fileName ? /\.([A-Za-z0-9]+)$/.exec(fileName.trim()) : null;
  return m ? m[1]!.toLowerCase() : undefined;
}

function checkMedia(context: RuleContext, media: Media): void {
  const profile = context.profile;
  const accepted = profile.attachmentTypes[media.kind] ?? [];
  const mimeNode = propertyNode(media.node, 'mime');
  const mime = stringProperty(media.node, 'mime')?.trim().toLowerCase();
  const ext = extensionOf(media);
  const extMime = ext ? EXTENSION_MIME[ext] : undefined;
  if (mime && !mime.includes('<$')) {
    if (!accepted.includes(mime)) {
      context.report({
        node: mimeNode,
        path: childPointer(media.pointer, 'mime'),
        messageId: 'mimeNotAccepted',
        data: { mime, kind: media.kind, profile: profile.name, accepted: accepted.join(', ') || 'none' },
      });
    } else if (extMime && extMime !== mime) {
      context.report({
        node: mimeNode,
        path: childPointer(media.pointer, 'mime'),
        severity: 'warning',
        messageId: 'extensionMismatch',
        data: { extension: ext!, extensionMime: extMime, mime },
      });
    }
  } else if (!mime && extMime && !accepted.includes(extMime)) {
    context.report({
      node: media.node,
      path: media.pointer,
      messageId: 'extensionNotAccepted',
      data: { extension: ext!, extensionMime: extMime, kind: media.kind, profile: profile.name, accepted: accepted.join(', ') || 'none' },
    });
  }
  const sizeNode = propertyNode(media.node, 'size');
  const size = byteSize(sizeNode);
  const limit = profile.limits[`attachment.${media.kind}.bytes` as LimitId] ?? profile.limits['attachment.bytes'];
  if (size !== undefined && limit && size > limit.value) {
    context.report({
      node: sizeNode,
      path: childPointer(media.pointer, 'size'),
      messageId: 'tooLarge',
      data: { kind: media.kind, size: formatBytes(size), profile: profile.name, max: formatBytes(limit.value) },
    });
  }
}

/** Exact bytes plus a rounded MB/KB figure (1 MB = 1,048,576 bytes). */
function formatBytes(n: number): string {
  const exact = `${n.toLocaleString('en-US')} bytes`;
  if (n >= 1024 * 1024) return `${exact} (${Math.round((n / (1024 * 1024)) * 10) / 10} MB)`;
  if (n >= 1024) return `${exact} (${Math.round((n / 1024) * 10) / 10} KB)`;
  return exact;
}

/** A `size` in bytes: a number, or a string of digits. */
function byteSize(node: JsonNode | undefined): number | undefined {
  if (node?.type === 'number' && Number.isFinite(node.value)) return node.value as number;
  if (node?.type === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(node.value as string)) return Number(node.value);
  return undefined;
}
