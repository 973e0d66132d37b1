/**
 * `<fieldcode-preview>`: the rendered standard response as WhatsApp shows it, with character
 * counters against the active limit profile. All template and data text is rendered through lit
 * interpolation (text nodes); nothing is ever inserted as HTML.
 */
import { LitElement, html, nothing, render as renderInto, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Diagnostic, RenderData } from '@fieldcode/language';
import { profileNames } from '@fieldcode/content';
import { formatCounter, type Counter } from '../preview/counters.js';
import { blocksText, drawBlock, markupBlocks, renderMarked, renderMarkup, type MarkupBlocks } from '../preview/markup-view.js';
import type { EmptyMarks, MarkedText } from '../preview/empty-values.js';
import { NO_MARKS, previewData, type DocumentFacts, type PreviewData, type PreviewInput } from '../preview/preview-data.js';
import { PreviewCancelled, previewInWorker } from '../worker/preview-client.js';
import { previewWorkerEnabled } from '../config.js';
import {
  isSafeLink,
  visibleButtons,
  type PreviewButton,
  type PreviewCard,
  type PreviewLocation,
  type PreviewMedia,
  type PreviewMessage,
} from '../preview/model.js';
import { previewStyles } from './preview-styles.js';
import { entryAt, MeasuredSizes, offsetsOf, windowOf } from '../preview/virtual-window.js';
import { COPY_ICON, MEDIA_ICONS } from '../preview/icons.js';
import { dispatchFieldcodeEvent, FieldcodeProfileChangeEvent, FieldcodeRenderedEvent } from '../events.js';

/** From this length on, a JSON response's preview is computed in a worker (the page stays responsive). */
export const PREVIEW_WORKER_FROM = 64 * 1024;
/**
 * From this length on, the body text scrolls virtually inside the bubble: its lines (list items
 * one by one) are drawn only while in view, however long the text (a 2 MB response).
 */
export const PREVIEW_VIRTUAL_TEXT_FROM = 8192;
/**
 * From this many list rows or carousel cards on, the list sheet and the carousel scroll virtually:
 * only the rows or cards in view (and a few either side) are drawn.
 */
export const PREVIEW_VIRTUAL_FROM = 50;
/**
 * Sizes of virtually scrolled entries, in CSS pixels: estimates of a list row, a section title and
 * a line of body text until the browser has laid them out (then their measured heights count), and
 * the fixed slot of a carousel card (the styles of `.cards.virtual` fix its width).
 */
const ROW_ESTIMATE = 52;
const SECTION_ESTIMATE = 30;
const LINE_ESTIMATE = 19;
const CARD_SLOT = 228;
/** Entries drawn beyond each edge of the viewport. */
const OVERSCAN = 6;
/** Entries laid out off screen per frame to measure them (so the scrolled height becomes exact). */
const MEASURE_CHUNK = 300;

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
    bodyScroll: { state: true },
    activeRow: { state: true },
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
  /** Entry index of each row (keyboard navigation moves over rows, the window over entries). */
  private rowEntries: number[] = [];
  private listSizes = new MeasuredSizes([]);
  private listScroll = 0;
  private listViewport = 420;
  /** The row the keyboard is on, and the row chosen (its radio checked), as entry indexes (-1: none). */
  private activeRow = -1;
  private chosenEntry = -1;
  /** A long body's blocks (lines, list items) and their sizes; null for a body drawn whole. */
  private bodySplit: MarkupBlocks | null = null;
  private bodySizes = new MeasuredSizes([]);
  private bodyScroll = 0;
  private bodyViewport = 480;
  /** The block a selection started in (kept drawn while the selection lasts), -1 when none. */
  private bodyAnchor = -1;
  private pointerDown = false;
  /** Ctrl+A in the long body selected all of it: a copy gives the whole text, drawn or not. */
  private bodyAllSelected = false;
  private measureFrame = 0;
  /** The width the measured sizes were laid out at (a new width invalidates them). */
  private listWidth = 0;
  private bodyWidth = 0;
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

  /**
   * What the JSON document of the preview shown says of itself (envelope or bare body, its
   * `profile` and `sampleData`), read while the preview had it parsed: a host follows them from
   * `fieldcode-rendered` without parsing a large text again. Undefined for plain text, and kept
   * from the last good preview while the JSON does not parse.
   */
  get documentFacts(): DocumentFacts | undefined {
    return this.facts;
  }

  private facts: DocumentFacts | undefined = undefined;

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
    if (this.format === 'json' && this.source.length >= PREVIEW_WORKER_FROM && previewWorkerEnabled()) {
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
    this.facts = data.document;
    this.message = data.message;
    this.copiedCode = '';
    this.marks = data.marks;
    this.problems = data.problems;
    this.counters = data.counters;
    this.listEntries = [];
    this.listRows = 0;
    this.rowEntries = [];
    for (const section of this.message?.list?.sections ?? []) {
      if (section.title) this.listEntries.push({ kind: 'section', title: section.title });
      for (const row of section.rows) {
        this.rowEntries.push(this.listEntries.length);
        this.listEntries.push({ kind: 'row', row });
      }
      this.listRows += section.rows.length;
    }
    this.listSizes = new MeasuredSizes(this.listEntries.map((entry) => this.entryEstimate(entry)));
    this.listWidth = 0;
    if (this.activeRow >= this.listEntries.length) this.activeRow = -1;
    if (this.chosenEntry >= this.listEntries.length) this.chosenEntry = -1;
    const body = this.message ? (this.marks.body?.text ?? this.message.body) : '';
    if (body.length >= PREVIEW_VIRTUAL_TEXT_FROM) {
      this.bodySplit = markupBlocks(body, this.marks.body?.labels);
      this.bodySizes = new MeasuredSizes(this.bodySplit.blocks.map(() => LINE_ESTIMATE));
    } else {
      this.bodySplit = null;
      this.bodySizes = new MeasuredSizes([]);
    }
    this.bodyWidth = 0;
    this.bodyAnchor = -1;
    this.bodyAllSelected = false;
  }

  /** A first guess at an entry's height: a title line, and a description of about 40 characters a line. */
  private entryEstimate(entry: ListEntry): number {
    if (entry.kind === 'section') return SECTION_ESTIMATE;
    return ROW_ESTIMATE + 16 * Math.max(0, Math.ceil(entry.row.description.length / 40) - 1);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelectionChange);
    document.addEventListener('pointerup', this.onPointerUp);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.onSelectionChange);
    document.removeEventListener('pointerup', this.onPointerUp);
    if (this.measureFrame) cancelAnimationFrame(this.measureFrame);
    this.measureFrame = 0;
  }

  protected override updated(): void {
    this.measureDrawn();
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
        ${message.header?.type === 'location' ? this.renderLocation(message.header) : nothing}
        ${message.attachments.map((a) => this.renderMedia(a, 'attachment'))} ${this.renderBody(message)}
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
                        @click=${() => this.toggleSheet('options')}
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
          ? html`<div class="sheet" part="options-sheet" role="dialog" aria-label="All options" @keydown=${this.onSheetKey}>
              <div class="sheet-head">
                <button class="sheet-close" aria-label="Close" @click=${() => this.closeSheet()}>✕</button><span>All options</span>
              </div>
              <div class="buttons sheet-buttons">${message.buttons.map((b) => this.renderButton(b))}</div>
            </div>`
          : nothing
      }
    `;
  }

  /** The body, with empty values marked (a long one: see {@link renderVirtualBody}). */
  private renderBody(message: PreviewMessage): TemplateResult {
    if (this.bodySplit) return this.renderVirtualBody(this.bodySplit);
    const content = renderMarkup(this.marks.body?.text ?? message.body, this.marks.body?.labels);
    return html`<div class="body" part="body" dir="auto">${content}</div>`;
  }

  /**
   * A long body (from {@link PREVIEW_VIRTUAL_TEXT_FROM} characters): a scrolled viewport drawing
   * only the lines in view between two spacers; every line is measured (in view, or off screen a
   * chunk per frame) so the scrolled height is the text's. A selection keeps the block it started
   * in drawn, so what it covers stays in the page and copies in order; Ctrl+A then copy gives the
   * whole text.
   */
  private renderVirtualBody(split: MarkupBlocks): TemplateResult {
    // The line a selection starts on stays drawn, so the selection copies in order.
    const anchor = this.pointerDown || this.hasSelection() ? this.bodyAnchor : -1;
    const { start, end } = windowOf(this.bodySizes.offsets, this.bodyScroll, this.bodyViewport, OVERSCAN, anchor);
    const offsets = this.bodySizes.offsets;
    const indexes = Array.from({ length: end - start }, (_, i) => start + i);
    return html`<div
      class="body virtual"
      part="body"
      dir="auto"
      tabindex="0"
      role="region"
      aria-label="Message body, ${split.blocks.length.toLocaleString('en')} lines (scroll to read)"
      data-measured=${this.bodySizes.complete ? 'true' : 'false'}
      @scroll=${(event: Event) => {
        const viewport = event.currentTarget as HTMLElement;
        this.bodyViewport = viewport.clientHeight;
        this.bodyScroll = viewport.scrollTop;
      }}
      @pointerdown=${(event: PointerEvent) => {
        this.pointerDown = true;
        this.bodyAllSelected = false;
        const block = (event.target as Element).closest?.('[data-vi]');
        this.bodyAnchor = block ? Number(block.getAttribute('data-vi')) : -1;
      }}
      @keydown=${(event: KeyboardEvent) => this.onBodyKey(event)}
      @copy=${(event: ClipboardEvent) => this.onBodyCopy(event, split)}
    >
      <div class="spacer" style=${styleMap({ height: `${offsets[start]!}px` })}></div>
      ${repeat(
        indexes,
        (i) => i,
        (i) => html`<div class="block" data-vi=${i}>${drawBlock(split, i)}</div>`,
      )}
      <div class="spacer" style=${styleMap({ height: `${offsets[offsets.length - 1]! - offsets[end]!}px` })}></div>
    </div>`;
  }

  private hasSelection(): boolean {
    const root = this.shadowRoot as (ShadowRoot & { getSelection?: () => Selection | null }) | null;
    const selection = root?.getSelection?.() ?? document.getSelection();
    return selection !== null && !selection.isCollapsed;
  }

  private readonly onSelectionChange = (): void => {
    if (this.bodyAnchor < 0) return;
    if (!this.pointerDown && !this.hasSelection()) {
      this.bodyAnchor = -1;
      this.bodyAllSelected = false;
      this.requestUpdate();
    }
  };

  private readonly onPointerUp = (): void => {
    this.pointerDown = false;
  };

  /** Ctrl+A in a long body selects it all (the drawn lines show it; a copy gives every line). */
  private onBodyKey(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      const viewport = event.currentTarget as HTMLElement;
      const root = this.shadowRoot as (ShadowRoot & { getSelection?: () => Selection | null }) | null;
      (root?.getSelection?.() ?? document.getSelection())?.selectAllChildren(viewport);
      this.bodyAllSelected = true;
    } else if (!event.ctrlKey && !event.metaKey) this.bodyAllSelected = false;
  }

  private onBodyCopy(event: ClipboardEvent, split: MarkupBlocks): void {
    if (!this.bodyAllSelected || !this.hasSelection() || event.clipboardData === null) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', blocksText(split));
  }

  /**
   * Records the heights of the entries drawn in the virtual list and body (and starts measuring
   * the others off screen). A change above the scrolled position moves the scroll position by
   * the same amount, so what is in view stays in place.
   */
  private measureDrawn(): void {
    const root = this.shadowRoot;
    if (!root) return;
    let changed = false;
    const list = root.querySelector<HTMLElement>('.rows-viewport.virtual');
    if (list) {
      if (this.listWidth !== list.clientWidth) {
        if (this.listWidth !== 0) this.listSizes.reset((i) => this.entryEstimate(this.listEntries[i]!));
        this.listWidth = list.clientWidth;
      }
      changed = this.record(list, this.listSizes, 'list') || changed;
    }
    const body = root.querySelector<HTMLElement>('.body.virtual');
    if (body) {
      if (this.bodyWidth !== body.clientWidth) {
        if (this.bodyWidth !== 0) this.bodySizes.reset(() => LINE_ESTIMATE);
        this.bodyWidth = body.clientWidth;
      }
      changed = this.record(body, this.bodySizes, 'body') || changed;
    }
    if (changed) this.requestUpdate();
    if ((list && !this.listSizes.complete) || (body && !this.bodySizes.complete)) this.scheduleMeasure();
  }

  /** Measures the entries drawn in `viewport` (`[data-vi]` children); true when an offset changed. */
  private record(viewport: HTMLElement, sizes: MeasuredSizes, which: 'list' | 'body'): boolean {
    const found: Array<[number, number]> = [];
    for (const element of viewport.querySelectorAll<HTMLElement>(':scope > [data-vi]'))
      found.push([Number(element.dataset['vi']), element.getBoundingClientRect().height]);
    return this.applySizes(viewport, sizes, found, which);
  }

  /** Takes measured sizes, keeping the entry at the top of the viewport where it is. */
  private applySizes(viewport: HTMLElement, sizes: MeasuredSizes, found: Array<[number, number]>, which: 'list' | 'body'): boolean {
    const before = sizes.offsets;
    const top = entryAt(before, viewport.scrollTop);
    const within = viewport.scrollTop - before[top]!;
    let changed = false;
    for (const [index, size] of found) changed = sizes.measure(index, size) || changed;
    if (!changed) return false;
    const scroll = sizes.offsets[top]! + within;
    if (viewport.scrollTop !== 0 && Math.abs(scroll - viewport.scrollTop) >= 0.5) viewport.scrollTop = scroll;
    if (which === 'list') this.listScroll = viewport.scrollTop;
    else this.bodyScroll = viewport.scrollTop;
    return true;
  }

  private scheduleMeasure(): void {
    if (this.measureFrame) return;
    this.measureFrame = requestAnimationFrame(() => {
      this.measureFrame = 0;
      this.measureOffscreen();
    });
  }

  /**
   * Lays out the next {@link MEASURE_CHUNK} unmeasured entries in a hidden box of the viewport's
   * width (removed at once, so it is never part of the page), and records their heights.
   */
  private measureOffscreen(): void {
    const root = this.shadowRoot;
    if (!root) return;
    let changed = false;
    const list = root.querySelector<HTMLElement>('.rows-viewport.virtual');
    if (list && !this.listSizes.complete)
      changed = this.measureChunk(list, this.listSizes, 'rows-viewport virtual', (i) => this.renderListEntry(i), 'list') || changed;
    const body = root.querySelector<HTMLElement>('.body.virtual');
    const split = this.bodySplit;
    if (body && split && !this.bodySizes.complete)
      changed =
        this.measureChunk(
          body,
          this.bodySizes,
          'body virtual',
          (i) => html`<div class="block" data-vi=${i}>${drawBlock(split, i)}</div>`,
          'body',
        ) || changed;
    if (changed) this.requestUpdate();
    else if ((list && !this.listSizes.complete) || (body && !this.bodySizes.complete)) this.scheduleMeasure();
  }

  private measureChunk(
    viewport: HTMLElement,
    sizes: MeasuredSizes,
    className: string,
    draw: (index: number) => TemplateResult,
    which: 'list' | 'body',
  ): boolean {
    const indexes: number[] = [];
    for (let i = sizes.nextUnmeasured(); i !== -1 && indexes.length < MEASURE_CHUNK; i = sizes.nextUnmeasured(i + 1)) {
      if (indexes.includes(i)) break;
      indexes.push(i);
    }
    const box = document.createElement('div');
    box.className = 'measure-box';
    box.setAttribute('aria-hidden', 'true');
    const inner = document.createElement('div');
    inner.className = className;
    inner.style.width = `${viewport.clientWidth}px`;
    box.append(inner);
    viewport.parentElement!.append(box);
    renderInto(html`${indexes.map(draw)}`, inner);
    const found: Array<[number, number]> = [];
    for (const element of inner.querySelectorAll<HTMLElement>(':scope > [data-vi]'))
      found.push([Number(element.dataset['vi']), element.getBoundingClientRect().height]);
    box.remove();
    return this.applySizes(viewport, sizes, found, which);
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

  /** A location header: no map is fetched (the preview makes no requests); the pin stands for it. */
  private renderLocation(location: PreviewLocation): TemplateResult {
    return html`<div class="media media-location" part="media header-media" title=${`${location.latitude}, ${location.longitude}`}>
      <span class="media-icon">${MEDIA_ICONS.location}</span>
      <span class="location-text">
        <span class="location-name" dir="auto">${location.name || `${location.latitude}, ${location.longitude}`}</span>
        ${location.address ? html`<span class="location-address" dir="auto">${location.address}</span>` : nothing}
      </span>
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
      return html`<button
        class="button copy-code"
        part="button copy-code"
        dir="auto"
        title=${`Copies ${code}`}
        data-code=${code}
        @click=${() => this.copyCode(code)}
      >
        ${COPY_ICON} ${label}
      </button>`;
    }
    return html`<div class="button ${button.kind}" part="button" dir="auto">↩ ${label}</div>`;
  }

  /**
   * Opens or closes the list sheet or the "All options" sheet. An opened sheet is a dialog that
   * takes the focus (its close button); Escape or the close button gives it back to the button
   * that opened it.
   */
  private toggleSheet(which: 'list' | 'options'): void {
    if (which === 'list') {
      this.listOpen = !this.listOpen;
      this.listScroll = 0;
      this.activeRow = -1;
    } else this.allOptionsOpen = !this.allOptionsOpen;
    const open = which === 'list' ? this.listOpen : this.allOptionsOpen;
    if (open)
      void this.updateComplete.then(() =>
        this.shadowRoot?.querySelector<HTMLElement>(`[part~="${which === 'list' ? 'list-sheet' : 'options-sheet'}"] .sheet-close`)?.focus(),
      );
  }

  private closeSheet(): void {
    const opener = this.listOpen ? '.list-button' : '.see-all';
    this.listOpen = false;
    this.allOptionsOpen = false;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(opener)?.focus());
  }

  private readonly onSheetKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.closeSheet();
  };

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
          this.toggleSheet('list');
        }}
      >
        ☰ ${label}
      </button>
    </div>`;
  }

  private renderListSheet(message: PreviewMessage): TemplateResult {
    const list = message.list!;
    return html`<div class="sheet" part="list-sheet" role="dialog" aria-label=${list.button} @keydown=${this.onSheetKey}>
      <div class="sheet-head">
        <button class="sheet-close" aria-label="Close" @click=${() => this.closeSheet()}>✕</button><span>${list.button}</span>
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
   * two spacers that stand for the rest. Rows have their measured heights (a long description is
   * not cut); the arrow keys, Home, End, Page Up and Page Down move the chosen row, scrolled into view.
   */
  private renderVirtualRows(): TemplateResult {
    const offsets = this.listSizes.offsets;
    // The row the keyboard is on stays drawn (it holds the focus).
    const { start, end } = windowOf(offsets, this.listScroll, this.listViewport, OVERSCAN, this.activeRow);
    const indexes = Array.from({ length: end - start }, (_, i) => start + i);
    return html`<div
      class="rows-viewport virtual"
      part="list-viewport"
      tabindex="0"
      role="radiogroup"
      aria-label="${this.listRows} rows (arrow keys choose, scroll to see more)"
      data-measured=${this.listSizes.complete ? 'true' : 'false'}
      @scroll=${(event: Event) => {
        const viewport = event.currentTarget as HTMLElement;
        this.listViewport = viewport.clientHeight;
        this.listScroll = viewport.scrollTop;
      }}
      @keydown=${(event: KeyboardEvent) => this.onRowsKey(event)}
    >
      <div class="spacer" style=${styleMap({ height: `${offsets[start]!}px` })}></div>
      ${repeat(
        indexes,
        (i) => i,
        (i) => this.renderListEntry(i),
      )}
      <div class="spacer" style=${styleMap({ height: `${offsets[offsets.length - 1]! - offsets[end]!}px` })}></div>
    </div>`;
  }

  /** Entry `index` of the long list (a section title or a row), marked with its index for measuring. */
  private renderListEntry(index: number): TemplateResult {
    const entry = this.listEntries[index]!;
    return entry.kind === 'section'
      ? html`<div class="section-title" part="list-section" dir="auto" data-vi=${index}>${entry.title}</div>`
      : this.renderRow(entry.row, index);
  }

  /** Keyboard navigation of the long list: moves the chosen row and scrolls it into view. */
  private onRowsKey(event: KeyboardEvent): void {
    const rows = this.rowEntries;
    if (rows.length === 0) return;
    const viewport = event.currentTarget as HTMLElement;
    const page = Math.max(1, Math.floor(viewport.clientHeight / ROW_ESTIMATE) - 1);
    const at = rows.indexOf(this.activeRow);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowRight: at + 1,
      ArrowUp: at < 0 ? 0 : at - 1,
      ArrowLeft: at < 0 ? 0 : at - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: at + page,
      PageUp: at < 0 ? 0 : at - page,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const entry = rows[Math.max(0, Math.min(rows.length - 1, next))]!;
    this.activeRow = entry;
    this.chosenEntry = entry;
    const offsets = this.listSizes.offsets;
    const top = offsets[entry]!;
    const bottom = offsets[entry + 1]!;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (bottom > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = bottom - viewport.clientHeight;
    this.listScroll = viewport.scrollTop;
    this.listViewport = viewport.clientHeight;
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLInputElement>(`.rows-viewport [data-vi="${entry}"] input`)?.focus({ preventScroll: true }),
    );
  }

  /** A list row; `index` (its entry in a long list) makes it a measured, keyboard-driven virtual row. */
  private renderRow(row: ListSections[number]['rows'][number], index?: number): TemplateResult {
    if (index !== undefined)
      return html`<label class="row" part="list-row" data-vi=${index}>
        <span class="row-text" dir="auto"
          ><span class="row-title">${row.title}</span
          >${row.description ? html`<span class="row-description">${row.description}</span>` : nothing}</span
        >
        <input
          type="radio"
          name="row"
          value=${row.id}
          tabindex="-1"
          .checked=${this.chosenEntry === index}
          @change=${() => {
            this.chosenEntry = index;
            this.activeRow = index;
          }}
        />
      </label>`;
    return html`<label class="row" part="list-row">
      <span class="row-text" dir="auto"
        ><span class="row-title">${row.title}</span
        >${row.description ? html`<span class="row-description">${row.description}</span>` : nothing}</span
      >
      <input type="radio" name="row" value=${row.id} />
    </label>`;
  }
}
