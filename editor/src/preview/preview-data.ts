/**
 * What `<fieldcode-preview>` draws, computed from its inputs: the preview message, the marks of
 * empty values, the render's problems and the counters. A pure function of plain data, so the
 * element runs it on the main thread for a small response and in a worker for a large one (a 2 MB
 * response compiles for a second or more; the page must not freeze meanwhile).
 */
import type { Diagnostic, RenderData } from '@fieldcode/language';
import type { LimitProfile } from '@fieldcode/content';
import { compileStandardResponse, defaultProfileName, getProfile, isStructuredBody } from '@fieldcode/content';
import { countersFor, unitLabel, type Counter } from './counters.js';
import { emptyMarksOf, type EmptyMarks } from './empty-values.js';
import { previewOf, problemsOf, type PreviewMessage } from './model.js';

export interface PreviewInput {
  source: string;
  format: 'json' | 'text';
  profile: string;
  /** Render data; when absent, the envelope's own `sampleData` is used. */
  sampleData: RenderData | undefined;
  /** Which body of an envelope holding both is shown. */
  shownBody: 'structured' | 'plain';
}

export interface PreviewData {
  /** Set when the JSON does not parse: the element keeps its last good preview and says why. */
  parseError: string;
  message: PreviewMessage | null;
  marks: EmptyMarks;
  problems: Diagnostic[];
  counters: Counter[];
  /** What the counters count in (`Lengths in code points, whatsapp profile`). */
  unitNote: string;
  /** Whether the envelope holds both a structured body and `plainText` (undefined when not parsed). */
  hasBothParts?: boolean;
  /** What the JSON document says of itself (undefined for plain text, or when the JSON does not parse). */
  document?: DocumentFacts;
}

/**
 * What a JSON document says of itself: whether it is an envelope (which can hold `profile` and
 * `sampleData`, unlike a bare structured body), and its profile and sample data. The preview reads
 * them while it has the document parsed, so a host (the studio's profile bar and sample-data panel)
 * need not parse a 2 MB text again on the main thread.
 */
export interface DocumentFacts {
  envelope: boolean;
  profile?: string;
  sampleData?: RenderData;
}

/** The facts of a parsed JSON document. */
export function documentFactsOf(value: unknown): DocumentFacts {
  const envelope = typeof value === 'object' && value !== null && !Array.isArray(value) && !isStructuredBody(value);
  const facts: DocumentFacts = { envelope };
  if (envelope) {
    const { profile, sampleData: data } = value as { profile?: unknown; sampleData?: unknown };
    if (typeof profile === 'string') facts.profile = profile;
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) facts.sampleData = data as RenderData;
  }
  return facts;
}

const NO_LIMITS: LimitProfile = {
  name: 'none',
  description: 'No limits',
  lengthUnit: 'code-points',
  buttonMixing: 'exclusive',
  attachmentTypes: { image: [], video: [], audio: [], document: [] },
  limits: {},
};

/** No empty values (the marks of a message whose values all render). */
export const NO_MARKS: EmptyMarks = { labels: [] };

function isEnvelopeWithBothParts(document: unknown): boolean {
  if (typeof document !== 'object' || document === null) return false;
  const own = (key: string) => Object.prototype.hasOwnProperty.call(document, key);
  return own('structured') && own('plainText') && typeof (document as { plainText?: unknown }).plainText === 'string';
}

function ownSampleData(document: unknown): RenderData | undefined {
  if (typeof document !== 'object' || document === null || !Object.prototype.hasOwnProperty.call(document, 'sampleData')) return undefined;
  const data = (document as { sampleData?: unknown }).sampleData;
  return typeof data === 'object' && data !== null ? (data as RenderData) : undefined;
}

/** The preview of one input (one compiled model: the preview, its counters and its problems come from its render). */
export function previewData(input: PreviewInput): PreviewData {
  const steps = previewSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link previewData} in steps: it pauses after parsing, after compiling and after rendering, so
 * the preview worker can drop a computation made stale by a newer text between two steps instead
 * of finishing it (see preview-client.ts).
 */
export function* previewSteps(input: PreviewInput): Generator<void, PreviewData, void> {
  const profile = (input.profile ? getProfile(input.profile) : undefined) ?? getProfile(defaultProfileName) ?? NO_LIMITS;
  const profileOption = profile === NO_LIMITS ? {} : { profile };
  const unitNote = `Lengths in ${unitLabel(profile.lengthUnit)}${profile === NO_LIMITS ? '' : `, ${profile.name} profile`}`;
  let data: RenderData;
  let compiled;
  let channel: 'text' | 'genesys' = 'text';
  let hasBothParts: boolean | undefined;
  let document: unknown;
  if (input.format === 'text') {
    data = input.sampleData ?? {};
    compiled = compileStandardResponse(input.source, { kind: 'text' });
  } else {
    try {
      document = JSON.parse(input.source);
    } catch (error) {
      const parseError = error instanceof Error ? error.message : String(error);
      return { parseError, message: null, marks: NO_MARKS, problems: [], counters: [], unitNote };
    }
    yield;
    data = input.sampleData ?? ownSampleData(document) ?? {};
    hasBothParts = isEnvelopeWithBothParts(document);
    // The plain-text part is what the `text` channel sends (the envelope's plainText, rendered).
    channel = hasBothParts && input.shownBody === 'plain' ? 'text' : 'genesys';
    compiled = compileStandardResponse(document);
  }
  yield;
  const rendered = compiled.response?.renderModel(data, { channel, ...profileOption });
  yield;
  const message = rendered ? previewOf(rendered) : null;
  return {
    parseError: '',
    message,
    marks: rendered ? emptyMarksOf(rendered, data) : NO_MARKS,
    problems: rendered ? problemsOf(rendered, profile) : compiled.diagnostics,
    counters: message ? countersFor(message, profile) : [],
    unitNote,
    ...(hasBothParts === undefined ? {} : { hasBothParts }),
    ...(input.format === 'json' ? { document: documentFactsOf(document) } : {}),
  };
}
