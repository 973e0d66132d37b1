/**
 * `<fieldcode-preview>`: the rendered standard response as WhatsApp shows it, with character
 * counters against the active limit profile. All template and data text is rendered through lit
 * interpolation (text nodes); nothing is ever inserted as HTML.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Diagnostic, RenderData } from '@fieldcode/language';
import type { LimitProfile } from '@fieldcode/content';
import { compileStandardResponse, defaultProfileName, getProfile, profileNames } from '@fieldcode/content';
import { countersFor, formatCounter, unitLabel, type Counter } from '../preview/counters.js';
import { renderMarked, renderMarkup } from '../preview/markup-view.js';
import { emptyMarksOf, type EmptyMarks, type MarkedText } from '../preview/empty-values.js';
import {
  isSafeLink,
  previewOf,
  problemsOf,
  visibleButtons,
  type PreviewButton,
  type PreviewCard,
  type PreviewMedia,
  type PreviewMessage,
} from '../preview/model.js';
import { previewStyles } from './preview-styles.js';
import { MEDIA_ICONS } from '../preview/icons.js';
import { dispatchFieldcodeEvent, FieldcodeProfileChangeEvent, FieldcodeRenderedEvent } from '../events.js';

const NO_LIMITS: LimitProfile = {
  name: 'none',
  description: 'No limits',
  lengthUnit: 'code-points',
  buttonMixing: 'exclusive',
  attachmentTypes: { image: [], video: [], audio: [], document: [] },
  limits: {},
};

/** No empty values (the marks of a message whose values all render). */
const NO_MARKS: EmptyMarks = { labels: [] };

/** Characters of one text drawn in the bubble; a longer text (a 2 MB response) is cut with a note. */
export const PREVIEW_TEXT_LIMIT = 8192;
/** List rows and carousel cards drawn at first; more come with "Show more". */
export const PREVIEW_ITEMS_PAGE = 50;

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

export class FieldcodePreview extends LitElement {
  static override properties = {
    source: { type: String },
    format: { type: String, reflect: true },
    profile: { type: String, reflect: true },
    sampleData: { attribute: 'sample-data', type: Object },
    hideProfileSwitcher: { attribute: 'hide-profile-switcher', type: Boolean },
    listOpen: { state: true },
    shownBody: { state: true },
    allOptionsOpen: { state: true },
    itemsShown: { state: true },
  };

  static override styles = previewStyles;

  /** The standard response: JSON text (`format="json"`) or plain field-code text (`format="text"`). */
  source = '';
  format: 'json' | 'text' = 'json';
  /** Limit profile for the counters. */
  profile = 'whatsapp';
  /** Render data; when absent, the envelope's own `sampleData` is used. */
  sampleData: RenderData | undefined = undefined;
  hideProfileSwitcher = false;
  private listOpen = false;
  private allOptionsOpen = false;
  /** Which body of an envelope holding both is shown. */
  private shownBody: 'structured' | 'plain' = 'structured';
  private hasBothParts = false;

  private message: PreviewMessage | null = null;
  private marks: EmptyMarks = NO_MARKS;
  /** How many list rows and carousel cards are drawn. */
  private itemsShown = PREVIEW_ITEMS_PAGE;
  private counters: Counter[] = [];
  /** What the counters count in, named under them (`Lengths in code points, whatsapp profile`). */
  private unitNote = '';
  private problems: Diagnostic[] = [];
  private parseError = '';
  private renderStarted = 0;

  /** The message currently shown (after rendering). */
  get previewMessage(): PreviewMessage | null {
    return this.message;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!(
      changed.has('source') ||
      changed.has('format') ||
      changed.has('profile') ||
      changed.has('sampleData') ||
      changed.has('shownBody')
    ))
      return;
    this.renderStarted = performance.now();
    const profile = (this.profile ? getProfile(this.profile) : undefined) ?? getProfile(defaultProfileName) ?? NO_LIMITS;
    const profileOption = profile === NO_LIMITS ? {} : { profile };
    if (this.format === 'text') {
      const compiled = compileStandardResponse(this.source, { kind: 'text' });
      this.parseError = '';
      const data = this.sampleData ?? {};
      const rendered = compiled.response?.renderModel(data, { channel: 'text', ...profileOption });
      this.message = rendered ? previewOf(rendered) : null;
      this.marks = rendered ? emptyMarksOf(rendered, data) : NO_MARKS;
      this.problems = rendered ? problemsOf(rendered, profile) : compiled.diagnostics;
    } else {
      let document: unknown;
      try {
        document = JSON.parse(this.source);
        this.parseError = '';
      } catch (error) {
        // Keep the last good preview while the author is mid-edit.
        this.parseError = error instanceof Error ? error.message : String(error);
        document = undefined;
      }
      if (document !== undefined) {
        const data = this.sampleData ?? ownSampleData(document) ?? {};
        this.hasBothParts = isEnvelopeWithBothParts(document);
        const plain = this.hasBothParts && this.shownBody === 'plain';
        // One compiled model: the preview, its counters and its problem list all come from its render.
        // The plain-text part is what the `text` channel sends (the envelope's plainText, rendered).
        const compiled = compileStandardResponse(document);
        const rendered = compiled.response?.renderModel(data, { channel: plain ? 'text' : 'genesys', ...profileOption });
        this.message = rendered ? previewOf(rendered) : null;
        this.marks = rendered ? emptyMarksOf(rendered, data) : NO_MARKS;
        this.problems = rendered ? problemsOf(rendered, profile) : compiled.diagnostics;
      }
    }
    this.counters = this.message ? countersFor(this.message, profile) : [];
    this.unitNote = `Lengths in ${unitLabel(profile.lengthUnit)}${profile === NO_LIMITS ? '' : `, ${profile.name} profile`}`;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('source') || changed.has('format') || changed.has('profile') || changed.has('sampleData') || changed.has('shownBody')) {
      dispatchFieldcodeEvent(this, new FieldcodeRenderedEvent(performance.now() - this.renderStarted));
    }
  }

  private onProfileChange(event: Event): void {
    this.profile = (event.target as HTMLSelectElement).value;
    dispatchFieldcodeEvent(this, new FieldcodeProfileChangeEvent(this.profile));
  }

  protected override render(): TemplateResult {
    return html`
      ${
        this.hideProfileSwitcher && !this.hasBothParts
          ? nothing
          : html`<div class="toolbar" part="toolbar">
              ${
                this.hideProfileSwitcher
                  ? nothing
                  : html`<label
                      >Profile
                      <select part="profile-select" @change=${this.onProfileChange} .value=${this.profile}>
                        ${profileNames.map((name) => html`<option value=${name} ?selected=${name === this.profile}>${name}</option>`)}
                      </select>
                    </label>`
              }
              ${
                this.hasBothParts
                  ? html`<span class="view-toggle" part="view-toggle" role="group" aria-label="Body shown">
                      <button
                        aria-pressed=${this.shownBody === 'structured' ? 'true' : 'false'}
                        @click=${() => (this.shownBody = 'structured')}
                      >
                        Structured
                      </button>
                      <button aria-pressed=${this.shownBody === 'plain' ? 'true' : 'false'} @click=${() => (this.shownBody = 'plain')}>
                        Plain text
                      </button>
                    </span>`
                  : nothing
              }
              <span class="approx" title="WhatsApp does not publish its exact formatting rules">approximate preview</span>
            </div>`
      }
      ${this.parseError ? html`<div class="notice" part="notice">Not valid JSON yet — showing the last good preview (${this.parseError})</div>` : nothing}
      <div class="chat" part="chat">
        ${this.message ? this.renderMessage(this.message) : html`<div class="empty">Nothing to preview</div>`}
      </div>
      ${this.counters.length ? html`<p class="counter-unit" part="counter-unit">${this.unitNote}</p>` : nothing}
      <ul class="counters" part="counters">
        ${this.counters.map((c) => html`<li class=${c.over ? 'counter over' : 'counter'} part=${c.over ? 'counter over' : 'counter'} data-key=${c.key}>${formatCounter(c)}</li>`)}
      </ul>
      ${
        this.problems.some((d) => d.severity === 'error')
          ? html`<ul class="problems" part="problems">
              ${this.problems.filter((d) => d.severity === 'error').map((d) => html`<li>${d.message} (${d.code})</li>`)}
            </ul>`
          : nothing
      }
    `;
  }

  private renderMessage(message: PreviewMessage): TemplateResult {
    const carousel = message.kind === 'carousel';
    // Apple Messages shows quick replies as chips under the message; WhatsApp turns them into reply buttons.
    const chips = message.kind === 'quick-replies' && this.profile === 'apple-messages';
    const { shown, overflow } = chips ? { shown: [], overflow: false } : visibleButtons(message.buttons);
    return html`
      <div class="bubble" part="bubble">
        ${message.header?.type === 'text' ? this.renderPlainPart('header-text', 'header', message.header.text, this.marks.header) : nothing}
        ${message.header?.type === 'media' ? this.renderMedia(message.header.media, 'header') : nothing}
        ${message.attachments.map((a) => this.renderMedia(a, 'attachment'))}
        <div class="body" part="body" dir="auto">${this.renderBody(message)}</div>
        ${message.footer !== null ? this.renderPlainPart('footer', 'footer', message.footer, this.marks.footer) : nothing}
        <div class="time">12:00</div>
        ${message.list ? this.renderListButton(message.list.button) : nothing}
        ${
          !carousel && shown.length
            ? html`<div class="buttons" part="buttons">
                ${shown.map((b) => this.renderButton(b))}
                ${
                  overflow
                    ? html`<button
                        class="button see-all"
                        part="button see-all"
                        aria-expanded=${this.allOptionsOpen ? 'true' : 'false'}
                        @click=${() => (this.allOptionsOpen = !this.allOptionsOpen)}
                      >
                        ☰ See all options
                      </button>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </div>
      ${
        this.marks.labels.length
          ? html`<p class="empty-values" part="empty-values">
              ${this.marks.labels.length === 1 ? '1 value renders' : `${this.marks.labels.length} values render`} empty with this sample
              data: ${this.marks.labels.join(', ')}
            </p>`
          : nothing
      }
      ${
        carousel
          ? html`<div class="cards" part="cards" tabindex="0" role="region" aria-label="Carousel cards (scroll with the arrow keys)">
              ${message.cards.slice(0, this.itemsShown).map((card) => this.renderCard(card))}
              ${message.cards.length > this.itemsShown ? this.renderShowMore(message.cards.length) : nothing}
            </div>`
          : nothing
      }
      ${chips ? html`<div class="chips" part="chips">${message.buttons.map((b) => html`<span class="chip" part="chip" dir="auto">${b.text}</span>`)}</div>` : nothing}
      ${message.list && this.listOpen ? this.renderListSheet(message) : nothing}
      ${
        overflow && this.allOptionsOpen
          ? html`<div class="sheet" part="options-sheet" role="dialog" aria-label="All options">
              <div class="sheet-head">
                <button class="sheet-close" aria-label="Close" @click=${() => (this.allOptionsOpen = false)}>✕</button
                ><span>All options</span>
              </div>
              <div class="buttons sheet-buttons">${message.buttons.map((b) => this.renderButton(b))}</div>
            </div>`
          : nothing
      }
    `;
  }

  /** The body, with empty values marked; a text beyond {@link PREVIEW_TEXT_LIMIT} characters is cut (the counters still count it all). */
  private renderBody(message: PreviewMessage): TemplateResult | typeof nothing {
    const text = this.marks.body?.text ?? message.body;
    if (text.length <= PREVIEW_TEXT_LIMIT) return renderMarkup(text, this.marks.body?.labels);
    return html`${renderMarkup(text.slice(0, PREVIEW_TEXT_LIMIT), this.marks.body?.labels)}
      <div class="cut" part="cut">… ${(text.length - PREVIEW_TEXT_LIMIT).toLocaleString('en')} more characters not drawn</div>`;
  }

  /** A header or footer: plain text (no markup), its empty values as chips; no whitespace around the text. */
  private renderPlainPart(className: string, part: string, text: string, marked: MarkedText | undefined): TemplateResult {
    const content = renderMarked(marked?.text ?? text, marked?.labels);
    return html`<div class=${className} part=${part} dir="auto">${content}</div>`;
  }

  private renderShowMore(total: number): TemplateResult {
    const left = total - this.itemsShown;
    return html`<button class="show-more" part="show-more" @click=${() => (this.itemsShown += PREVIEW_ITEMS_PAGE)}>
      Show ${Math.min(PREVIEW_ITEMS_PAGE, left)} more (${left} not shown)
    </button>`;
  }

  private renderMedia(media: PreviewMedia, role: 'header' | 'attachment' | 'card'): TemplateResult {
    return html`<div class="media media-${media.kind}" part="media ${role}-media" title=${media.url}>
      <span class="media-icon">${MEDIA_ICONS[media.kind] ?? MEDIA_ICONS.document}</span>
      <span class="media-name">${media.name || media.kind}</span>
    </div>`;
  }

  private renderButton(button: PreviewButton): TemplateResult {
    const label = button.text;
    if (button.kind === 'url') {
      return isSafeLink(button.url)
        ? html`<a class="button url" part="button" dir="auto" href=${button.url} target="_blank" rel="noopener noreferrer nofollow"
            >↗ ${label}</a
          >`
        : html`<div class="button url" part="button" dir="auto" title=${button.url ?? ''}>↗ ${label}</div>`;
    }
    if (button.kind === 'phone')
      return html`<div class="button phone" part="button" dir="auto" title=${button.phone ?? ''}>☎ ${label}</div>`;
    return html`<div class="button ${button.kind}" part="button" dir="auto">↩ ${label}</div>`;
  }

  private renderCard(card: PreviewCard): TemplateResult {
    return html`<div class="card" part="card">
      ${card.media ? this.renderMedia(card.media, 'card') : nothing}
      <div class="card-title" dir="auto">${renderMarkup(card.title)}</div>
      ${card.subtitle ? html`<div class="card-subtitle" dir="auto">${renderMarkup(card.subtitle)}</div>` : nothing}
      ${card.buttons.length ? html`<div class="buttons">${card.buttons.map((b) => this.renderButton(b))}</div>` : nothing}
    </div>`;
  }

  private renderListButton(label: string): TemplateResult {
    return html`<div class="buttons">
      <button
        class="button list-button"
        part="button list-button"
        aria-expanded=${this.listOpen ? 'true' : 'false'}
        @click=${() => (this.listOpen = !this.listOpen)}
      >
        ☰ ${label}
      </button>
    </div>`;
  }

  private renderListSheet(message: PreviewMessage): TemplateResult {
    const list = message.list!;
    return html`<div class="sheet" part="list-sheet" role="dialog" aria-label=${list.button}>
      <div class="sheet-head">
        <button class="sheet-close" aria-label="Close" @click=${() => (this.listOpen = false)}>✕</button><span>${list.button}</span>
      </div>
      ${this.visibleSections(list).map(
        (section) =>
          html`<div class="section" part="list-section">
            ${section.title ? html`<div class="section-title" dir="auto">${section.title}</div>` : nothing}
            ${section.rows.map(
              (row) =>
                html`<label class="row" part="list-row">
                  <span class="row-text" dir="auto"
                    ><span class="row-title">${row.title}</span
                    >${row.description ? html`<span class="row-description">${row.description}</span>` : nothing}</span
                  >
                  <input type="radio" name="row" value=${row.id} />
                </label>`,
            )}
          </div>`,
      )}
      ${list.sections.reduce((sum, section) => sum + section.rows.length, 0) > this.itemsShown ? this.renderShowMore(list.sections.reduce((sum, section) => sum + section.rows.length, 0)) : nothing}
    </div>`;
  }

  /** The sections cut to the first {@link itemsShown} rows in all (a 500-row list draws 50 until asked). */
  private visibleSections(list: NonNullable<PreviewMessage['list']>): NonNullable<PreviewMessage['list']>['sections'] {
    let left = this.itemsShown;
    const shown: NonNullable<PreviewMessage['list']>['sections'] = [];
    for (const section of list.sections) {
      if (left <= 0) break;
      shown.push(section.rows.length <= left ? section : { ...section, rows: section.rows.slice(0, left) });
      left -= section.rows.length;
    }
    return shown;
  }
}
