/**
 * `<fieldcode-preview>`: the rendered standard response as WhatsApp shows it, with character
 * counters against the active limit profile. All template and data text is rendered through lit
 * interpolation (text nodes); nothing is ever inserted as HTML.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Diagnostic, RenderData } from '@fieldcode/language';
import { profileNames } from '@fieldcode/content';
import { formatCounter, type Counter } from '../preview/counters.js';
import { renderMarked, renderMarkup } from '../preview/markup-view.js';
import type { EmptyMarks, MarkedText } from '../preview/empty-values.js';
import { NO_MARKS, previewData, type PreviewData, type PreviewInput } from '../preview/preview-data.js';
import { PreviewCancelled, previewInWorker } from '../worker/preview-client.js';
import {
  isSafeLink,
  visibleButtons,
  type PreviewButton,
  type PreviewCard,
  type PreviewMedia,
  type PreviewMessage,
} from '../preview/model.js';
import { previewStyles } from './preview-styles.js';
import { offsetsOf, windowOf } from '../preview/virtual-window.js';
import { COPY_ICON, MEDIA_ICONS } from '../preview/icons.js';
import { dispatchFieldcodeEvent, FieldcodeProfileChangeEvent, FieldcodeRenderedEvent } from '../events.js';

/** From this length on, a JSON response's preview is computed in a worker (the page stays responsive). */
export const PREVIEW_WORKER_FROM = 64 * 1024;
/** Characters of one text drawn in the bubble; a longer text (a 2 MB response) is cut with a note. */
export const PREVIEW_TEXT_LIMIT = 8192;
/**
 * From this many list rows or carousel cards on, the list sheet and the carousel scroll virtually:
 * only the rows or cards in view (and a few either side) are drawn.
 */
export const PREVIEW_VIRTUAL_FROM = 50;
/** Fixed sizes of virtually scrolled entries, in CSS pixels (the styles of `.virtual` hold them). */
const ROW_HEIGHT = 64;
const SECTION_HEIGHT = 30;
const CARD_SLOT = 228;
/** Entries drawn beyond each edge of the viewport. */
const OVERSCAN = 6;

type ListSections = NonNullable<PreviewMessage['list']>['sections'];
type ListEntry = { kind: 'section'; title: string } | { kind: 'row'; row: ListSections[number]['rows'][number] };

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
    listScroll: { state: true },
    cardsScroll: { state: true },
    copiedCode: { state: true },
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
  /** The code of the copy-code button last pressed (the "copied" notice), empty when none. */
  private copiedCode = '';
  /** Which body of an envelope holding both is shown. */
  private shownBody: 'structured' | 'plain' = 'structured';
  private hasBothParts = false;

  private message: PreviewMessage | null = null;
  private marks: EmptyMarks = NO_MARKS;
  /** Virtual scrolling: the list sheet's rows and section titles with their offsets, and the scroll positions. */
  private listEntries: ListEntry[] = [];
  private listRows = 0;
  private listOffsets: number[] = [0];
  private listScroll = 0;
  private listViewport = 420;
  private cardsScroll = 0;
  private cardsViewport = 1000;
  private counters: Counter[] = [];
  /** What the counters count in, named under them (`Lengths in code points, whatsapp profile`). */
  private unitNote = '';
  private problems: Diagnostic[] = [];
  private parseError = '';
  private renderStarted = 0;
  /** Id of the latest preview computation (a worker answer for an older one is dropped). */
  private previewRequest = 0;
  /** A new preview is drawn: `fieldcode-rendered` goes out after this update. */
  private renderedDue = false;

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
    const input: PreviewInput = {
      source: this.source,
      format: this.format,
      profile: this.profile,
      sampleData: this.sampleData,
      shownBody: this.shownBody,
    };
    const request = ++this.previewRequest;
    if (this.format === 'json' && this.source.length >= PREVIEW_WORKER_FROM) {
      // A large response compiles in the preview worker; the last preview stays until it answers.
      this.renderedDue = false;
      previewInWorker(input).then(
        (data) => {
          if (request !== this.previewRequest) return;
          this.apply(data);
          this.renderedDue = true;
          this.requestUpdate();
        },
        (error: unknown) => {
          if (request !== this.previewRequest || error instanceof PreviewCancelled) return;
          this.apply(previewData(input)); // no worker here: the main thread draws it
          this.renderedDue = true;
          this.requestUpdate();
        },
      );
      return;
    }
    this.apply(previewData(input));
    this.renderedDue = true;
  }

  /** Takes a computed preview; while the JSON does not parse, the last good preview stays with a notice. */
  private apply(data: PreviewData): void {
    this.parseError = data.parseError;
    this.unitNote = data.unitNote;
    if (data.parseError) return;
    if (data.hasBothParts !== undefined) this.hasBothParts = data.hasBothParts;
    this.message = data.message;
    this.copiedCode = '';
    this.marks = data.marks;
    this.problems = data.problems;
    this.counters = data.counters;
    this.listEntries = [];
    this.listRows = 0;
    for (const section of this.message?.list?.sections ?? []) {
      if (section.title) this.listEntries.push({ kind: 'section', title: section.title });
      for (const row of section.rows) this.listEntries.push({ kind: 'row', row });
      this.listRows += section.rows.length;
    }
    this.listOffsets = offsetsOf(this.listEntries.map((entry) => (entry.kind === 'row' ? ROW_HEIGHT : SECTION_HEIGHT)));
  }

  protected override updated(): void {
    if (!this.renderedDue) return;
    this.renderedDue = false;
    dispatchFieldcodeEvent(this, new FieldcodeRenderedEvent(performance.now() - this.renderStarted));
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
      <p class="copied" part="copied" role="status">${this.copiedCode ? `Code copied: ${this.copiedCode}` : ''}</p>
      ${carousel ? this.renderCards(message.cards) : nothing}
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

  /** The carousel: every card, or from {@link PREVIEW_VIRTUAL_FROM} cards on the ones in view between two spacers. */
  private renderCards(cards: readonly PreviewCard[]): TemplateResult {
    const label = 'Carousel cards (scroll with the arrow keys)';
    if (cards.length < PREVIEW_VIRTUAL_FROM)
      return html`<div class="cards" part="cards" tabindex="0" role="region" aria-label=${label}>
        ${cards.map((card) => this.renderCard(card))}
      </div>`;
    const offsets = offsetsOf(cards.map(() => CARD_SLOT));
    const shown = windowOf(offsets, this.cardsScroll, this.cardsViewport, OVERSCAN);
    return html`<div
      class="cards virtual"
      part="cards"
      tabindex="0"
      role="region"
      aria-label="${label}, ${cards.length} cards"
      @scroll=${(event: Event) => {
        const viewport = event.currentTarget as HTMLElement;
        this.cardsViewport = viewport.clientWidth;
        this.cardsScroll = viewport.scrollLeft;
      }}
    >
      <div class="spacer" style=${styleMap({ width: `${shown.before}px` })}></div>
      ${cards.slice(shown.start, shown.end).map((card) => this.renderCard(card))}
      <div class="spacer" style=${styleMap({ width: `${shown.after}px` })}></div>
    </div>`;
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
    if (button.kind === 'copy-code') {
      // As on the phone: the button copies its code; the preview also says which code it is.
      const code = button.code ?? '';
      return html`<button class="button copy-code" part="button copy-code" dir="auto" title=${`Copies ${code}`} data-code=${code} @click=${() => this.copyCode(code)}>
        ${COPY_ICON} ${label}
      </button>`;
    }
    return html`<div class="button ${button.kind}" part="button" dir="auto">↩ ${label}</div>`;
  }

  /** Copies a copy-code button's code, as tapping it does on the phone, and says so in a live region. */
  private copyCode(code: string): void {
    this.copiedCode = code;
    void navigator.clipboard?.writeText(code).catch(() => undefined);
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
        @click=${() => {
          this.listOpen = !this.listOpen;
          this.listScroll = 0;
        }}
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
      ${this.listRows < PREVIEW_VIRTUAL_FROM ? this.renderSections(list.sections) : this.renderVirtualRows()}
    </div>`;
  }

  /** A short list: every section and row. */
  private renderSections(sections: ListSections): TemplateResult[] {
    return sections.map(
      (section) =>
        html`<div class="section" part="list-section">
          ${section.title ? html`<div class="section-title" dir="auto">${section.title}</div>` : nothing}
          ${section.rows.map((row) => this.renderRow(row))}
        </div>`,
    );
  }

  /**
   * A long list: a scrolled viewport drawing only the section titles and rows in view, between
   * two spacers that stand for the rest (fixed heights: a row's description is cut to two lines).
   */
  private renderVirtualRows(): TemplateResult {
    const shown = windowOf(this.listOffsets, this.listScroll, this.listViewport, OVERSCAN);
    return html`<div
      class="rows-viewport virtual"
      part="list-viewport"
      tabindex="0"
      role="group"
      aria-label="${this.listRows} rows (scroll to see more)"
      @scroll=${(event: Event) => {
        const viewport = event.currentTarget as HTMLElement;
        this.listViewport = viewport.clientHeight;
        this.listScroll = viewport.scrollTop;
      }}
    >
      <div class="spacer" style=${styleMap({ height: `${shown.before}px` })}></div>
      ${this.listEntries
        .slice(shown.start, shown.end)
        .map((entry) =>
          entry.kind === 'section'
            ? html`<div class="section-title" part="list-section" dir="auto">${entry.title}</div>`
            : this.renderRow(entry.row),
        )}
      <div class="spacer" style=${styleMap({ height: `${shown.after}px` })}></div>
    </div>`;
  }

  private renderRow(row: ListSections[number]['rows'][number]): TemplateResult {
    return html`<label class="row" part="list-row">
      <span class="row-text" dir="auto"
        ><span class="row-title">${row.title}</span
        >${row.description ? html`<span class="row-description">${row.description}</span>` : nothing}</span
      >
      <input type="radio" name="row" value=${row.id} />
    </label>`;
  }
}
