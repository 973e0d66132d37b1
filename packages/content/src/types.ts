/**
 * Public types of `@fieldcode/content` shared by the model (schemas), lint, rendering and ESP
 * modules. These names are part of the product contract; change them only additively.
 */
import type { DataDictionary, Diagnostic, LengthUnit, RenderData, Severity } from '@fieldcode/language';
import type { ApprovedTemplate } from './templates/approved.js';

// ---------------------------------------------------------------------------------------------
// Standard responses (SPEC §4.1–4.2). The JSON Schemas in schemas/ are the source of truth; these
// types describe the same shapes loosely for code that has already validated a document.

export type ContentType = 'notification' | 'quick-replies' | 'generic' | 'single-selection-list' | 'reply-buttons' | 'cta-url' | 'text';

/** A bare structured body (`{ contentType, content: [...] }`), exactly as Genesys stores it. */
export interface StructuredBody {
  contentType: ContentType;
  content: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

/** The fieldcode envelope around a structured body and/or a plain-text body. */
export interface StandardResponseEnvelope {
  $schema?: string;
  name?: string;
  id?: string;
  profile?: string;
  plainText?: string;
  structured?: StructuredBody;
  attachments?: Array<Record<string, unknown>>;
  sampleData?: RenderData;
  [key: string]: unknown;
}

/** What a standard-response file holds: an envelope, a bare structured body, or plain field-code text. */
export type StandardResponse = StandardResponseEnvelope | StructuredBody | string;

// ---------------------------------------------------------------------------------------------
// Limit profiles (SPEC §4.3). Profiles are JSON data; every figure keeps its source.

/** One figure of a profile. */
export interface Limit {
  value: number;
  /** Where the figure comes from (URL or document name), shown in docs and rule messages. */
  source: string;
  note?: string;
}

/** The limit ids every profile defines. Lengths are in the profile's `lengthUnit`. */
export type LimitId =
  | 'header.text.length'
  | 'header.text.variables'
  | 'body.length'
  | 'footer.length'
  | 'buttons.total'
  | 'buttons.quickReply'
  | 'buttons.url'
  | 'buttons.phone'
  | 'buttons.copyCode'
  | 'buttons.copyCode.length'
  | 'buttons.label.length'
  | 'buttons.url.length'
  | 'buttons.phone.length'
  | 'replyButtons.min'
  | 'replyButtons.max'
  | 'replyButtons.title.length'
  | 'replyButtons.id.length'
  | 'list.rows'
  | 'list.sections'
  | 'list.button.length'
  | 'list.rowTitle.length'
  | 'list.rowDescription.length'
  | 'list.rowId.length'
  | 'list.sectionTitle.length'
  | 'list.header.length'
  | 'list.body.length'
  | 'list.body.warnLength'
  | 'carousel.cards.min'
  | 'carousel.cards.max'
  | 'carousel.cardBody.length'
  | 'carousel.cardButtons'
  | 'carousel.buttonLabel.length'
  | 'ctaUrl.displayText.length'
  | 'quickReplies.min'
  | 'quickReplies.max'
  | 'interactive.string.length'
  | 'text.length'
  | 'attachment.bytes'
  | 'attachment.image.bytes'
  | 'attachment.video.bytes'
  | 'attachment.audio.bytes'
  | 'attachment.document.bytes'
  | 'parameter.maxConsecutiveSpaces';

/** The media link rule of a profile (`mediaLinks`). */
export interface MediaLinks {
  /** Lowercase URL schemes the channel fetches media from (`https`, `genesys`). */
  schemes: string[];
  /** Schemes it fetches but discourages (`http`): warnings. */
  warn?: string[];
  source: string;
  note?: string;
}

export interface LimitProfile {
  name: string;
  description: string;
  /** How lengths are counted (SPEC §4.3: code points by default). */
  lengthUnit: LengthUnit;
  /**
   * Template button combination rule: `exclusive` = quick replies or call-to-action, never mixed
   * (the seed's rules); `grouped` = mixing allowed when quick replies form one contiguous group (Meta 2026).
   */
  buttonMixing: 'exclusive' | 'grouped';
  /**
   * Where the channel fetches media from: link schemes it fetches, and those it fetches but
   * discourages; any other scheme is an error (`media-link`). Absent: links are not checked.
   */
  mediaLinks?: MediaLinks;
  /** MIME types accepted per attachment kind. */
  attachmentTypes: Record<'image' | 'video' | 'audio' | 'document', string[]>;
  /** Limits that do not apply to this channel are absent. */
  limits: Partial<Record<LimitId, Limit>>;
}

// ---------------------------------------------------------------------------------------------
// Schema validation (ajv). Produced by the model module, positioned by the lint `schema` rule.

export interface SchemaIssue {
  /** JSON pointer of the offending value, e.g. `/content/0/text`. */
  instancePath: string;
  /** ajv keyword (`required`, `maxLength`, `additionalProperties`, `enum`, …). */
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

/** Names of the shipped schemas (file `schemas/<name>.schema.json`). */
export type SchemaName =
  | 'standard-response'
  | 'structured-body'
  | 'notification'
  | 'quick-replies'
  | 'generic'
  | 'single-selection-list'
  | 'reply-buttons'
  | 'cta-url'
  | 'text'
  | 'render-data'
  | 'invite-to-chat'
  | 'fieldcode-config'
  | 'limit-profile'
  | 'render-request'
  | 'lint-request'
  | 'template-request'
  | 'meta-template-create'
  | 'meta-template-list';

// ---------------------------------------------------------------------------------------------
// Lint (SPEC §4.4).

export type RuleSeverity = Severity | 'off';

/**
 * The kinds of file a rule can read: a bare structured body, an envelope (JSON), plain field-code
 * text (`.txt`), JSON that does not parse (only rules about the JSON text itself run there), and
 * the structured body of an envelope's language variant (`variants.<language>.structured`), which
 * the engine lints again as if it were the main body. Rules about the whole file (the JSON text,
 * the schema, the envelope's profile) leave out `language-variant`, so they run once per file.
 */
export type FileScope = 'structured-body' | 'envelope' | 'plain-text' | 'invalid-json' | 'language-variant';

/** Metadata of a lint rule, as listed by `fieldcode rules` and in SARIF. */
export interface RuleMeta {
  id: string;
  defaultSeverity: RuleSeverity;
  description: string;
  /** Link to the rule's section in docs/rules.md. */
  docs: string;
  /** Whether reports may carry a `fix`; a fix from a rule that is not fixable is an internal error. */
  fixable: boolean;
  /** The files the rule runs on (the engine skips the others); default: structured bodies, envelopes, plain text and language variants. */
  appliesTo?: readonly FileScope[];
  /**
   * True when the rule reports what Genesys itself refuses or cannot render (broken JSON or field
   * codes, unknown or extension functions): the `fieldcode:genesys` preset runs only these rules.
   */
  genesysRejects?: boolean;
  /**
   * True for the rules about the suppressions themselves (`unused-suppression`,
   * `unknown-suppression-rule`): they run after every other rule, once the file's
   * `x-fieldcode-disable` suppressions have filtered those rules' findings, read
   * `context.suppressions`, and their own findings cannot be suppressed.
   */
  readsSuppressions?: boolean;
  /**
   * Message templates by id. A report names one (`messageId`) with its `data`; `{{name}}` in the
   * template is replaced by `data.name`. Wording lives here, once, and tests assert ids.
   */
  messages?: Readonly<Record<string, string>>;
}

/** Extra lint rules and named severity presets (see docs/rules.md, "Plugins"). */
export interface LintPlugin {
  /** Plugin name: its presets are used as `<name>/<preset>`; its rule ids should start with `<name>/`. */
  name: string;
  rules?: readonly import('./lint/rule.js').Rule[];
  /** Named rule-severity sets, e.g. `recommended`. */
  presets?: Readonly<Record<string, Readonly<Record<string, RuleSeverity>>>>;
}

/** `fieldcode.config.json` (SPEC §5). */
export interface FieldcodeConfig {
  profile?: string;
  rules?: Record<string, RuleSeverity>;
  /** Path (relative to the config file) of a render-data JSON Schema used as data dictionary. */
  dataSchema?: string;
  ignore?: string[];
  /** Path or glob (relative to the config file) of Meta message_templates exports. */
  templates?: string;
  /** Presets applied in order before `rules`: `fieldcode:recommended|strict|genesys` or `<plugin>/<preset>`. */
  extends?: string | string[];
  /** Settings for the files some globs match (relative to the config file), applied in order after the top level. */
  overrides?: ConfigOverride[];
  /** Lint plugins the CLI imports: paths relative to the config file (`./x.mjs`) or package names. */
  plugins?: string[];
}

/** One entry of the config's `overrides`. */
export interface ConfigOverride {
  /** Globs of the files it applies to; a glob without `/` matches a file name at any depth. */
  files: string[];
  /** Globs of files it does not apply to, among those `files` matches. */
  excludedFiles?: string[];
  profile?: string;
  extends?: string | string[];
  rules?: Record<string, RuleSeverity>;
}

export interface LintOptions {
  /** Used to pick the file kind (`.txt` = plain field-code text, otherwise JSON) and in messages. */
  filePath?: string;
  /** Overrides the kind derived from `filePath`. */
  kind?: 'json' | 'text';
  /** Profile name or object; a file's own `profile` wins over this default. Default `whatsapp`. */
  profile?: string | LimitProfile;
  /** Rule severities overriding the defaults and the presets (`off` disables a rule). */
  rules?: Record<string, RuleSeverity>;
  dataDictionary?: DataDictionary;
  /**
   * Templates as Meta lists them (`readTemplateExport(json).templates`), for the rules
   * `template-approved` and `template-drift`; those rules stay silent without it.
   */
  templates?: readonly ApprovedTemplate[];
  /** Extra rules (and presets) run after the built-in ones. */
  plugins?: readonly LintPlugin[];
  /** Presets to apply, as `<plugin>/<preset>`, in order (later ones win; `rules` wins over all). */
  presets?: readonly string[];
  /**
   * Whether the file's `x-fieldcode-disable` suppressions apply (default true). False ignores
   * them: every finding is reported and no suppression is checked (ESLint's `allowInlineConfig`,
   * the CLI's `--no-inline-config`).
   */
  allowInlineConfig?: boolean;
}

/** Content diagnostics use the rule id as `code` and set `path` (JSON pointer) where it applies. */
export type LintDiagnostic = Diagnostic;

export interface LintResult {
  diagnostics: LintDiagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
}

// ---------------------------------------------------------------------------------------------
// Rendering (SPEC §4.5).

export type ChannelName = 'genesys' | 'whatsapp-cloud' | 'open-messaging' | 'text';

export interface RenderStandardResponseOptions {
  channel?: ChannelName;
  profile?: string | LimitProfile;
  strict?: boolean;
  now?: string | number | Date;
  timeZone?: string;
  locale?: string;
  dataDictionary?: DataDictionary;
  /** Recipient for channel payloads that need one (`whatsapp-cloud` `to`, `open-messaging` `channel.to.id`). */
  to?: string;
}

export interface RenderStandardResponseResult {
  /** The channel payload: a JSON value, or a string for the `text` channel. */
  output: unknown;
  diagnostics: Diagnostic[];
  /** True when no error diagnostic was produced. */
  ok: boolean;
}
