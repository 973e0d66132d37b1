/**
 * One render request (the body of `POST /v1/render`, one line of the batch) → HTTP status and
 * answer. Pure over a library snapshot: the routes and the batch stream share it.
 */
import type { RenderData } from '@fieldcode/language';
import type { ChannelName, RenderStandardResponseOptions, RenderStandardResponseResult, SchemaIssue } from '@fieldcode/content';
import type { ContentApi } from '../content.js';
import { dataDepth, maxDataDepth } from '../data-depth.js';
import type { LibrarySnapshot } from './library.js';
import { outputJson } from '../output-json.js';
import { answerBytes, answerTail, diagnosticJson, tailOf, type AnswerTail } from './answer-json.js';
import { compiledInline } from './inline-cache.js';

/** The validated body of a render request (schema `render-request`). */
export interface RenderRequest {
  response: string | Record<string, unknown>;
  data?: RenderData;
  esp?: string | Record<string, unknown>;
  channel?: ChannelName;
  profile?: string;
  to?: string;
  strict?: boolean;
  now?: string;
  timeZone?: string;
  locale?: string;
}

/** A refused request: `400` malformed, `404` unknown response. */
export interface RequestError {
  status: 400 | 404;
  error: 'bad-request' | 'unknown-response';
  message: string;
}

/** A render that ran: `200` when ok, `422` when it has errors; the body is `renderStandardResponse`'s shape. */
export interface RenderAnswer {
  status: 200 | 422;
  ok: boolean;
  /** JSON text of the answer's `output`. */
  output: string;
  /** The rest of the answer body, encoded: `,"diagnostics":[…],"ok":…}`. */
  tail: AnswerTail;
  channel: ChannelName;
}

/** The body of a `POST /v1/render` answer: `{"output":…,"diagnostics":[…],"ok":…}` (UTF-8). */
export function answerBody(answer: RenderAnswer): Buffer {
  return answerBytes('{"output":', answer.output, answer.tail);
}

/** A batch answer line: the answer with the line and status first, `{"line":N,"status":S,"output":…}\n`. */
export function answerLine(line: number, answer: RenderAnswer): Buffer {
  return answerBytes(`{"line":${line},"status":${answer.status},"output":`, answer.output, answer.tail, true);
}

export type RenderApi = Pick<
  ContentApi,
  'compileStandardResponse' | 'validateSchema' | 'parseInviteToChat' | 'inviteToChatToRenderData' | 'positionInJsonText'
>;

/** `/a/b` + issue → `data.Contact.FirstName must be string`. */
export function describeIssues(issues: readonly SchemaIssue[], what: string): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.instancePath === '' ? what : `${what}${issue.instancePath.split('/').join('.')}`;
      return `${where} ${issue.message}`;
    })
    .join('; ');
}

/** Validates a parsed body against `render-request`, then {@link checkRequestLimits}. */
export function checkRenderRequest(api: Pick<ContentApi, 'validateSchema'>, body: unknown): RenderRequest | RequestError {
  const issues = api.validateSchema('render-request', body);
  if (issues.length > 0) return { status: 400, error: 'bad-request', message: describeIssues(issues, 'body') };
  return checkRequestLimits(body as RenderRequest);
}

/** What the schema cannot say about a body that matches it: `data` or `esp`, nesting depth. */
export function checkRequestLimits(request: RenderRequest): RenderRequest | RequestError {
  if (request.data !== undefined && request.esp !== undefined)
    return { status: 400, error: 'bad-request', message: 'Give either "data" or "esp", not both' };
  if (request.data !== undefined && dataDepth(request.data) > maxDataDepth) {
    return { status: 400, error: 'bad-request', message: `"data" is nested deeper than ${maxDataDepth} levels` };
  }
  if (typeof request.response === 'object' && dataDepth(request.response) > maxDataDepth + 16) {
    return { status: 400, error: 'bad-request', message: `"response" is nested too deeply` };
  }
  return request;
}

/** Renders a validated request against the library. Never throws. */
export function renderRequest(api: RenderApi, library: LibrarySnapshot, request: RenderRequest): RenderAnswer | RequestError {
  const channel: ChannelName = request.channel ?? 'genesys';
  const options: RenderStandardResponseOptions = { channel };
  if (request.profile !== undefined) options.profile = request.profile;
  if (request.to !== undefined) options.to = request.to;
  if (request.strict !== undefined) options.strict = request.strict;
  if (request.now !== undefined) options.now = request.now;
  if (request.timeZone !== undefined) options.timeZone = request.timeZone;
  if (request.locale !== undefined) options.locale = request.locale;

  let data: RenderData | undefined = request.data;
  if (request.esp !== undefined) {
    const text = typeof request.esp === 'string' ? request.esp : JSON.stringify(request.esp);
    const parsed = api.parseInviteToChat(text);
    if (parsed.request === null || parsed.diagnostics.some((d) => d.severity === 'error')) {
      const found = parsed.diagnostics.map((d) => diagnosticJson({ ...d, path: `/esp${d.path ?? ''}` }));
      return { status: 422, ok: false, output: 'null', tail: tailOf(found, false), channel };
    }
    data = api.inviteToChatToRenderData(parsed.request);
  }

  if (typeof request.response === 'string') {
    const key = request.response.startsWith('./') ? request.response.slice(2) : request.response;
    const entry = library.byId.get(key) ?? library.byPath.get(key);
    if (entry === undefined) {
      return {
        status: 404,
        error: 'unknown-response',
        message: `No standard response with the id or path ${JSON.stringify(request.response)} in the served folder`,
      };
    }
    const result = entry.compiled.render(data as RenderData, options);
    // Findings are positioned in the library file (a .txt response has no JSON around its template).
    const text = entry.path.toLowerCase().endsWith('.txt') ? undefined : entry.text;
    return answer(result, answerTail(api, entry, text, result.diagnostics, result.ok), channel);
  }
  // An inline response's findings keep their positions in its template strings.
  const compiled = compiledInline(api, library.settings, request.response);
  const result = compiled.render(data as RenderData, options);
  return answer(result, answerTail(api, compiled, undefined, result.diagnostics, result.ok), channel);
}

function answer(result: RenderStandardResponseResult, tail: AnswerTail, channel: ChannelName): RenderAnswer {
  return { status: result.ok ? 200 : 422, ok: result.ok, output: outputJson(result.output), tail, channel };
}
