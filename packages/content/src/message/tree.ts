/**
 * The render tree of a compiled response: the structured body (or the synthesized `text` body of
 * plain text) with every string compiled, `content` and `parameters` in display order, and every
 * subtree that does not depend on the data built once, frozen and shared by all renders.
 */
import type { Diagnostic, RenderOptions } from '@fieldcode/language';
import type { CompiledText, PlaceholderFill } from './text.js';
import type { Placeholder } from './placeholders.js';
import { URL_LONE_SURROGATE, encodeUrlComponent, urlLoneSurrogateMessage } from '../render/url-component.js';

export type RenderNode = StaticNode | TextNode | ObjectNode | ArrayNode;

export interface StaticNode {
  kind: 'static';
  value: unknown;
  pointer: string;
}

export interface TextNode {
  kind: 'text';
  text: CompiledText;
  pointer: string;
  /** Placeholders are filled from the parameters of the enclosing item. */
  fill: boolean;
  /** Filled values are percent-encoded (a URL button's variable). */
  encode: boolean;
  /** Slot of the rendered string in {@link RenderRun.outputs}. */
  slot: number;
}

export interface ObjectNode {
  kind: 'object';
  pointer: string;
  keys: string[];
  nodes: RenderNode[];
  /** Position of `parameters` in `nodes` and placeholder key (`"1"`, `"first_name"`) → parameter position, when the item fills placeholders. */
  parameters?: { at: number; keys: Map<string, number> };
  /** True when a key is `__proto__` (copied with `defineProperty`). */
  protoKey: boolean;
  /**
   * Every key with its static value (null for the others), in order: a render copies it and sets
   * the other keys, which is faster than adding keys one by one to an empty object.
   */
  template?: Record<string, unknown>;
  /** Positions of the nodes that are not static. */
  dynamic?: number[];
}

export interface ArrayNode {
  kind: 'array';
  pointer: string;
  nodes: RenderNode[];
}

/** Per-render state. */
export interface RenderRun {
  data: unknown;
  options: RenderOptions | undefined;
  strict: boolean;
  diagnostics: Diagnostic[];
  /** Rendered strings by text slot (what limit re-checks and channels measure). */
  outputs: string[];
}

/** Sets an own property; `__proto__` becomes a plain own property instead of touching the prototype. */
export function setOwn(target: object, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}

/** The fills of one item render: its rendered parameters by placeholder key. */
class ItemFill implements PlaceholderFill {
  constructor(
    protected readonly run: RenderRun,
    private readonly list: ReadonlyArray<Record<string, unknown> | undefined>,
    private readonly positions: ReadonlyMap<string, number>,
  ) {}

  value(key: string): string | undefined {
    const position = this.positions.get(key);
    if (position === undefined) return undefined;
    const value = this.list[position]?.['value'];
    return typeof value === 'string' ? value : '';
  }

  missing(text: CompiledText, placeholder: Placeholder): void {
    this.run.diagnostics.push({
      code: 'placeholder-parameter-mismatch',
      severity: this.run.strict ? 'error' : 'warning',
      message: placeholder.named
        ? `{{${placeholder.key}}} has no parameter named ${placeholder.key}; it renders empty`
        : `{{${placeholder.key}}} has no parameter with index ${placeholder.key}; it renders empty`,
      path: text.pointer,
      range: text.range(placeholder.start, placeholder.end),
    });
  }
}

/** Fills of a URL: values are percent-encoded (a lone surrogate is repaired, with a warning). */
class UrlFill implements PlaceholderFill {
  constructor(
    private readonly run: RenderRun,
    private readonly item: PlaceholderFill,
  ) {}
  value(key: string): string | undefined {
    return this.item.value(key);
  }
  missing(text: CompiledText, placeholder: Placeholder): void {
    this.item.missing(text, placeholder);
  }
  encode(text: CompiledText, value: string, placeholder: Placeholder): string {
    const encoded = encodeUrlComponent(value);
    if (encoded.repaired) {
      this.run.diagnostics.push({
        code: URL_LONE_SURROGATE,
        severity: 'warning',
        message: urlLoneSurrogateMessage,
        path: text.pointer,
        range: text.range(placeholder.start, placeholder.end),
      });
    }
    return encoded.text;
  }
}

/** No parameters: every placeholder is missing. */
class NoFill implements PlaceholderFill {
  constructor(private readonly run: RenderRun) {}
  value(): undefined {
    return undefined;
  }
  missing(text: CompiledText, placeholder: Placeholder): void {
    new ItemFill(this.run, [], new Map()).missing(text, placeholder);
  }
}

/**
 * Where a filling text reads its parameters' values: placeholder key → position, and per position
 * the output slot of the rendered value (a number) or its constant string.
 */
export interface FillSource {
  keys: ReadonlyMap<string, number>;
  values: ReadonlyArray<number | string>;
}

/** One text of the tree to render, with the parameters that fill it (see {@link textSteps}). */
export interface TextStep {
  node: TextNode;
  fill: FillSource | undefined;
}

const NO_PARAMETERS: ReadonlyArray<Record<string, unknown>> = Object.freeze([]);

/** The fills of one item read from the rendered outputs of its parameters' values (no object is built). */
class SlotFill extends ItemFill {
  constructor(
    run: RenderRun,
    private readonly source: FillSource,
  ) {
    super(run, NO_PARAMETERS, source.keys);
  }

  override value(key: string): string | undefined {
    const position = this.source.keys.get(key);
    if (position === undefined) return undefined;
    const value = this.source.values[position];
    return typeof value === 'number' ? (this.run.outputs[value] ?? '') : (value ?? '');
  }
}

/**
 * The texts of a tree in the order {@link renderNode} renders them (an item's parameters before
 * its other fields), each with where its placeholders' values come from. Computed once per tree:
 * a render then fills every output slot without building the rendered body.
 */
export function textSteps(node: RenderNode, fill?: FillSource, steps: TextStep[] = []): TextStep[] {
  switch (node.kind) {
    case 'static':
      break;
    case 'text':
      steps.push({ node, fill: node.fill ? fill : undefined });
      break;
    case 'array':
      for (const child of node.nodes) textSteps(child, undefined, steps);
      break;
    case 'object': {
      const at = node.parameters?.at ?? -1;
      let source: FillSource | undefined;
      if (node.parameters !== undefined) {
        const parameters = node.nodes[at]!;
        textSteps(parameters, undefined, steps);
        source = { keys: node.parameters.keys, values: parameterValueSources(parameters) };
      }
      node.nodes.forEach((child, i) => {
        if (i !== at) textSteps(child, source, steps);
      });
      break;
    }
  }
  return steps;
}

/** Per rendered parameter: the slot of its `value` text, or the string it renders as (what {@link ItemFill} reads). */
function parameterValueSources(parameters: RenderNode): Array<number | string> {
  const valueOf = (value: unknown): string => (typeof value === 'string' ? value : '');
  if (parameters.kind === 'static')
    return Array.isArray(parameters.value)
      ? parameters.value.map((p: unknown) =>
          typeof p === 'object' && p !== null && Object.hasOwn(p, 'value') ? valueOf((p as Record<string, unknown>)['value']) : '',
        )
      : [];
  if (parameters.kind !== 'array') return [];
  return parameters.nodes.map((p) => {
    if (p.kind === 'static')
      return typeof p.value === 'object' && p.value !== null && Object.hasOwn(p.value, 'value')
        ? valueOf((p.value as Record<string, unknown>)['value'])
        : '';
    if (p.kind !== 'object') return '';
    const at = p.keys.indexOf('value');
    const value = at === -1 ? undefined : p.nodes[at]!;
    return value === undefined ? '' : value.kind === 'text' ? value.slot : value.kind === 'static' ? valueOf(value.value) : '';
  });
}

/**
 * Renders every text of the tree into `run.outputs` (diagnostics in the order of a full render)
 * without building objects: channels that build their payload from the rendered texts need no
 * rendered body, and {@link renderNode} reuses these outputs when one is built.
 */
export function renderTexts(steps: readonly TextStep[], run: RenderRun): void {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    renderText(step.node, run, step.fill === undefined ? undefined : new SlotFill(run, step.fill));
  }
}

function renderText(node: TextNode, run: RenderRun, fill: PlaceholderFill | undefined): string {
  // Rendered already by `renderTexts`: the same text with the same fills.
  const done = run.outputs[node.slot];
  if (done !== undefined) return done;
  let output: string;
  if (!node.fill) output = node.text.render(run.data, run.options, run.diagnostics);
  else {
    const values = fill ?? new NoFill(run);
    output = node.text.render(run.data, run.options, run.diagnostics, node.encode ? new UrlFill(run, values) : values);
  }
  run.outputs[node.slot] = output;
  return output;
}

/** Renders a node into a fresh JSON value (static subtrees are shared, frozen). */
export function renderNode(node: RenderNode, run: RenderRun, fill?: PlaceholderFill): unknown {
  switch (node.kind) {
    case 'static':
      return node.value;
    case 'text':
      return renderText(node, run, fill);
    case 'array': {
      const nodes = node.nodes;
      const copy = new Array<unknown>(nodes.length);
      for (let i = 0; i < nodes.length; i++) copy[i] = renderNode(nodes[i]!, run);
      return copy;
    }
    case 'object': {
      const { keys, nodes } = node;
      let itemFill: ItemFill | undefined;
      let parameters: unknown;
      const at = node.parameters?.at ?? -1;
      if (node.parameters !== undefined) {
        // Parameters first: their rendered values fill the item's placeholders.
        parameters = renderNode(nodes[at]!, run);
        itemFill = new ItemFill(run, parameters as Array<Record<string, unknown>>, node.parameters.keys);
      }
      // Spreading creates own data properties (a `__proto__` key included) in the template's order.
      const copy: Record<string, unknown> = { ...(node.template ?? objectTemplate(node)) };
      const dynamic = node.dynamic!;
      for (let d = 0; d < dynamic.length; d++) {
        const i = dynamic[d]!;
        const value = i === at ? parameters : renderNode(nodes[i]!, run, itemFill);
        // `__proto__` must become an own property, never the prototype (decided at compile time).
        if (node.protoKey) setOwn(copy, keys[i]!, value);
        else copy[keys[i]!] = value;
      }
      return copy;
    }
  }
}

/** The object's key template and dynamic positions, made at its first render. */
function objectTemplate(node: ObjectNode): Record<string, unknown> {
  if (node.template !== undefined) return node.template;
  const template: Record<string, unknown> = {};
  const dynamic: number[] = [];
  node.nodes.forEach((child, i) => {
    setOwn(template, node.keys[i]!, child.kind === 'static' ? child.value : null);
    if (child.kind !== 'static') dynamic.push(i);
  });
  node.dynamic = dynamic;
  node.template = template;
  return template;
}

/** The node that rendered `target` (by identity), found by walking the rendered value alongside the tree. */
export function nodeOf(root: RenderNode, rendered: unknown, target: object): RenderNode | undefined {
  if (rendered === target) return root;
  if (typeof rendered !== 'object' || rendered === null) return undefined;
  if (root.kind === 'object') {
    for (let i = 0; i < root.keys.length; i++) {
      const found = nodeOf(root.nodes[i]!, (rendered as Record<string, unknown>)[root.keys[i]!], target);
      if (found !== undefined) return found;
    }
  } else if (root.kind === 'array') {
    for (let i = 0; i < root.nodes.length; i++) {
      const found = nodeOf(root.nodes[i]!, (rendered as unknown[])[i], target);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
