/**
 * `<fieldcode-sample-data>`: edits the render data used by the preview and hovers, as JSON, or
 * maps a pasted InviteToChat request (JSON or DMS log text) to render data. Emits `change` with
 * `detail.value` (the render data) whenever the data is valid.
 */
import { LitElement, html, css, nothing, type TemplateResult } from 'lit';
import type { Diagnostic, RenderData } from '@fieldcode/language';
import { mapInviteToChat, validateJson } from '../worker/lint-client.js';
import { dispatchFieldcodeEvent, FieldcodeSampleDataChangeEvent } from '../events.js';

function formatDiagnostic(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.message} (${d.code})`;
}

export class FieldcodeSampleData extends LitElement {
  static override properties = {
    value: { type: Object },
    mode: { type: String, reflect: true },
    text: { state: true },
    logText: { state: true },
    errors: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      font: 13px/1.4 var(--fieldcode-sample-data-font, system-ui, sans-serif);
    }
    .tabs {
      display: flex;
      gap: 4px;
      margin-bottom: 6px;
    }
    .tabs button {
      border: 1px solid #c7cdd1;
      background: #f6f8fa;
      border-radius: 6px 6px 0 0;
      padding: 4px 10px;
      cursor: pointer;
      font: inherit;
    }
    .tabs button[aria-selected='true'] {
      background: #fff;
      border-bottom-color: #fff;
      font-weight: 600;
    }
    textarea {
      width: 100%;
      box-sizing: border-box;
      min-height: var(--fieldcode-sample-data-height, 180px);
      font:
        12px/1.45 ui-monospace,
        Menlo,
        Consolas,
        monospace;
      border: 1px solid #c7cdd1;
      border-radius: 6px;
      padding: 6px;
    }
    .actions {
      margin-top: 6px;
    }
    .errors {
      color: #c50f1f;
      margin: 6px 0 0;
      padding-left: 18px;
    }
    .errors li.warning {
      color: #9a6700;
    }
    @media (prefers-color-scheme: dark) {
      .tabs button {
        background: #161b22;
        color: #e6edf3;
        border-color: #3d444d;
      }
      .tabs button[aria-selected='true'] {
        background: #0d1117;
        border-bottom-color: #0d1117;
      }
      textarea {
        background: #0d1117;
        color: #e6edf3;
        border-color: #3d444d;
      }
      .errors {
        color: #ff8182;
      }
      .errors li.warning {
        color: #e3b341;
      }
    }
  `;

  /** The render data. */
  value: RenderData = {};
  /** `json` (edit the data) or `log` (paste an InviteToChat request). */
  mode: 'json' | 'log' = 'json';
  private text = '{}';
  private logText = '';
  private errors: Array<{ severity: string; text: string }> = [];
  private lastEmitted: RenderData | null = null;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value') && this.value !== this.lastEmitted) this.text = JSON.stringify(this.value ?? {}, null, 2);
  }

  private emit(value: RenderData): void {
    this.lastEmitted = value;
    this.value = value;
    dispatchFieldcodeEvent(this, new FieldcodeSampleDataChangeEvent(value));
  }

  private validation = 0;

  private async onJsonInput(event: Event): Promise<void> {
    this.text = (event.target as HTMLTextAreaElement).value;
    const ticket = ++this.validation;
    const { value, diagnostics } = await validateJson(this.text, 'render-data');
    if (ticket !== this.validation) return; // a later edit is being checked
    this.errors = diagnostics.map((d) => ({ severity: d.severity, text: formatDiagnostic(d) }));
    if (diagnostics.some((d) => d.code === 'json-syntax')) return;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      if (this.errors.length === 0)
        this.errors = [{ severity: 'error', text: 'Sample data must be a JSON object ({ "Contact": { … }, "Variables": { … } })' }];
      return;
    }
    // Schema problems are listed, but the data is still used: the preview shows what it renders to.
    this.emit(value as RenderData);
  }

  /** Maps the pasted request (in the lint worker); on success switches back to the JSON view of the new data. */
  async mapLog(): Promise<void> {
    const { data, diagnostics } = await mapInviteToChat(this.logText);
    this.errors = diagnostics.map((d) => ({ severity: d.severity, text: formatDiagnostic(d) }));
    if (!data) return;
    this.text = JSON.stringify(data, null, 2);
    this.emit(data);
    if (!diagnostics.some((d) => d.severity === 'error')) this.mode = 'json';
  }

  protected override render(): TemplateResult {
    return html`
      <div class="tabs" role="tablist" part="tabs">
        <button role="tab" aria-selected=${this.mode === 'json' ? 'true' : 'false'} @click=${() => (this.mode = 'json')}>
          Sample data (JSON)
        </button>
        <button role="tab" aria-selected=${this.mode === 'log' ? 'true' : 'false'} @click=${() => (this.mode = 'log')}>
          Paste DMS log / InviteToChat
        </button>
      </div>
      ${
        this.mode === 'json'
          ? html`<textarea
              part="json"
              spellcheck="false"
              aria-label="Sample data JSON"
              .value=${this.text}
              @input=${this.onJsonInput}
            ></textarea>`
          : html`<textarea
                part="log"
                spellcheck="false"
                aria-label="DMS log text or InviteToChat JSON"
                placeholder="Request [bstr] = KVList: …"
                .value=${this.logText}
                @input=${(e: Event) => (this.logText = (e.target as HTMLTextAreaElement).value)}
              ></textarea>
              <div class="actions"><button part="map-button" @click=${() => void this.mapLog()}>Map to sample data</button></div>`
      }
      ${
        this.errors.length
          ? html`<ul class="errors" part="errors">
              ${this.errors.map((e) => html`<li class=${e.severity}>${e.text}</li>`)}
            </ul>`
          : nothing
      }
    `;
  }
}
