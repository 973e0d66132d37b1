/** Styles of `<fieldcode-preview>`; themable through the `--fieldcode-preview-*` custom properties and `::part`s. */
import { css } from 'lit';

export const previewStyles = css`
  :host {
    display: block;
    font-family: var(--fieldcode-preview-font, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif);
    font-size: 14.2px;
    color: var(--fieldcode-preview-text, #111b21);
    position: relative;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 8px;
    font-size: 13px;
  }
  .toolbar label,
  .toolbar button,
  .approx {
    white-space: nowrap;
  }
  .view-toggle {
    display: inline-flex;
  }
  .view-toggle button {
    border: 1px solid #c7cdd1;
    background: #fff;
    padding: 2px 8px;
    font: inherit;
    font-size: 12px;
    cursor: pointer;
  }
  .view-toggle button:first-child {
    border-radius: 6px 0 0 6px;
  }
  .view-toggle button:last-child {
    border-radius: 0 6px 6px 0;
    border-left: 0;
  }
  .view-toggle button[aria-pressed='true'] {
    background: #d9fdd3;
    font-weight: 600;
  }
  .approx {
    color: #54656f;
    font-size: 12px;
    font-style: italic;
  }
  .notice {
    background: #fff4ce;
    border: 1px solid #e6c200;
    border-radius: 6px;
    padding: 4px 8px;
    margin-bottom: 8px;
    font-size: 12px;
  }
  .chat {
    background: var(--fieldcode-preview-chat-background, #efeae2);
    padding: 16px 12px;
    border-radius: 8px;
    min-height: 120px;
    position: relative;
  }
  .empty {
    color: #667781;
    text-align: center;
    padding: 32px 0;
  }
  .bubble {
    background: var(--fieldcode-preview-bubble-background, #ffffff);
    border-radius: 7.5px;
    max-width: 320px;
    box-shadow: 0 1px 0.5px rgba(11, 20, 26, 0.13);
    padding: 6px 7px 8px 9px;
    overflow-wrap: anywhere;
  }
  .header-text {
    font-weight: 700;
    margin-bottom: 4px;
  }
  .media {
    display: flex;
    align-items: center;
    gap: 8px;
    background: #d1d7db;
    color: #3b4a54;
    border-radius: 6px;
    padding: 10px;
    margin: -2px -3px 6px -5px;
    min-height: 40px;
  }
  .media-image,
  .media-video {
    min-height: 120px;
    justify-content: center;
    flex-direction: column;
  }
  .media-icon {
    display: inline-flex;
    color: #54656f;
  }
  .media-name {
    font-size: 12px;
    word-break: break-all;
  }
  .media-location {
    min-height: 64px;
  }
  .location-text {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .location-name {
    font-weight: 600;
  }
  .location-address {
    font-size: 12px;
  }
  .body .line {
    min-height: 1.2em;
  }
  .body ul,
  .body ol {
    margin: 2px 0;
    padding-left: 20px;
  }
  .body blockquote {
    margin: 2px 0;
    padding-left: 8px;
    border-left: 3px solid #c7cdd1;
    color: #54656f;
  }
  .body pre,
  .body code {
    font-family: var(--fieldcode-preview-mono, ui-monospace, Menlo, Consolas, monospace);
    font-size: 13px;
  }
  .body code.code {
    background: #f0f2f5;
    border-radius: 3px;
    padding: 0 3px;
  }
  .body pre {
    margin: 2px 0;
    white-space: pre-wrap;
  }
  .body a,
  .card a {
    color: var(--fieldcode-preview-link, #027eb5);
  }
  .footer {
    color: #667781;
    font-size: 13px;
    margin-top: 4px;
  }
  .time {
    color: #667781;
    font-size: 11px;
    text-align: right;
    margin-top: 2px;
  }
  .buttons {
    border-top: 1px solid #e9edef;
    margin: 6px -7px -8px -9px;
    display: flex;
    flex-direction: column;
  }
  .button {
    display: block;
    text-align: center;
    padding: 9px 8px;
    color: var(--fieldcode-preview-button, #027eb5);
    text-decoration: none;
    border: 0;
    border-top: 1px solid #e9edef;
    background: none;
    font: inherit;
    cursor: default;
  }
  .buttons .button:first-child {
    border-top: 0;
  }
  .copy-code {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    width: 100%;
    cursor: pointer;
  }
  .copied {
    margin: 4px 0 0;
    font-size: 12px;
  }
  .copied:empty {
    margin: 0;
  }
  .list-button,
  .see-all {
    cursor: pointer;
    width: 100%;
  }
  .sheet-buttons {
    margin: 0;
    border-top: 1px solid #e9edef;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 8px;
  }
  .chip {
    border: 1px solid var(--fieldcode-preview-button, #027eb5);
    color: var(--fieldcode-preview-button, #027eb5);
    background: #fff;
    border-radius: 16px;
    padding: 4px 12px;
    font-size: 13px;
  }
  .cards {
    display: flex;
    gap: 8px;
    overflow-x: auto;
    margin-top: 8px;
  }
  .card {
    background: #fff;
    border-radius: 7.5px;
    min-width: 200px;
    max-width: 220px;
    padding: 6px 7px 8px 9px;
    box-shadow: 0 1px 0.5px rgba(11, 20, 26, 0.13);
  }
  .card-title {
    font-weight: 600;
  }
  .card-subtitle {
    color: #54656f;
  }
  .sheet {
    background: #fff;
    border-radius: 12px 12px 0 0;
    margin-top: 12px;
    box-shadow: 0 -2px 8px rgba(0, 0, 0, 0.15);
    padding: 8px 0;
    max-width: 360px;
  }
  .sheet-head {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 4px 12px 8px;
    font-weight: 600;
  }
  .sheet-close {
    border: 0;
    background: none;
    font-size: 16px;
    cursor: pointer;
  }
  .section-title {
    color: #008069;
    font-size: 13px;
    padding: 8px 16px 4px;
  }
  .row {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
    padding: 8px 16px;
    border-top: 1px solid #f0f2f5;
  }
  .row-text {
    display: flex;
    flex-direction: column;
  }
  .row-description {
    color: #667781;
    font-size: 13px;
  }
  /*
   * Virtual scrolling (long lists, long body texts, carousels): rows and lines take the height
   * their text needs (fieldcode-preview.ts measures them); a carousel card has a fixed slot.
   */
  .rows-viewport {
    max-height: 420px;
    overflow-y: auto;
  }
  .body.virtual {
    max-height: 480px;
    overflow-y: auto;
    overflow-anchor: none;
  }
  .rows-viewport.virtual {
    overflow-anchor: none;
  }
  .body.virtual .block {
    display: flow-root;
  }
  .body.virtual ul,
  .body.virtual ol {
    margin: 0;
  }
  .virtual .section-title {
    box-sizing: border-box;
    line-height: 18px;
  }
  .virtual .row {
    box-sizing: border-box;
    padding: 6px 16px;
  }
  .virtual .row-title {
    line-height: 18px;
  }
  .virtual .row-description {
    line-height: 16px;
  }
  .virtual .row:focus-within {
    outline: 2px solid var(--fieldcode-preview-button, #027eb5);
    outline-offset: -2px;
  }
  /* The off-screen box entries are laid out in to measure them (removed at once). */
  .measure-box {
    position: absolute;
    left: 0;
    top: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
  }
  .measure-box > .virtual {
    max-height: none;
    overflow: visible;
  }
  .cards.virtual {
    gap: 0;
  }
  .cards.virtual .card {
    box-sizing: border-box;
    flex: 0 0 220px;
    min-width: 220px;
    max-width: 220px;
    margin-right: 8px;
  }
  .spacer {
    flex: 0 0 auto;
  }
  .counters {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    padding: 0;
    margin: 10px 0 0;
    font-size: 12px;
  }
  .counter {
    background: #f0f2f5;
    border-radius: 10px;
    padding: 2px 8px;
    color: #3b4a54;
    font-variant-numeric: tabular-nums;
  }
  .counter.over {
    background: var(--fieldcode-preview-over-background, #fde7e9);
    color: var(--fieldcode-preview-over, #c50f1f);
    font-weight: 600;
  }
  .problems {
    color: #c50f1f;
    font-size: 12px;
    margin: 8px 0 0;
    padding-left: 18px;
  }
  .cards:focus-visible {
    outline: 3px solid var(--fieldcode-preview-button, #027eb5);
    outline-offset: 2px;
  }
  /* Dark colour scheme (WhatsApp's dark palette); the custom properties still win. */
  @media (prefers-color-scheme: dark) {
    :host {
      color: var(--fieldcode-preview-text, #e9edef);
    }
    .chat {
      background: var(--fieldcode-preview-chat-background, #0b141a);
    }
    .bubble,
    .card,
    .sheet {
      background: var(--fieldcode-preview-bubble-background, #202c33);
    }
    .approx,
    .empty,
    .footer,
    .time,
    .row-description,
    .card-subtitle,
    .media-icon,
    .body blockquote {
      color: #aebac1;
    }
    .media {
      background: #374248;
      color: #e9edef;
    }
    .button,
    .chip {
      color: var(--fieldcode-preview-button, #53bdeb);
    }
    .chip {
      background: #202c33;
      border-color: var(--fieldcode-preview-button, #53bdeb);
    }
    .body a,
    .card a {
      color: var(--fieldcode-preview-link, #53bdeb);
    }
    .buttons,
    .button,
    .sheet-buttons,
    .row {
      border-color: #2a3942;
    }
    .counter {
      background: #2a3942;
      color: #e9edef;
    }
    .counter.over {
      background: var(--fieldcode-preview-over-background, #3d1214);
      color: var(--fieldcode-preview-over, #ff8182);
    }
    .view-toggle button {
      background: #202c33;
      color: #e9edef;
      border-color: #3d444d;
    }
    .view-toggle button[aria-pressed='true'] {
      background: #005c4b;
    }
    .notice {
      background: #3d2e00;
      border-color: #9e6a03;
    }
    .section-title {
      color: #00a884;
    }
    .body code.code {
      background: #2a3942;
    }
    .problems {
      color: #ff8182;
    }
    .sheet-close {
      color: inherit;
    }
  }
`;
