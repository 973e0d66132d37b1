/**
 * The render tree of a compiled response: the structured body (or the synthesized `text` body of
 * plain text) with every string compiled, `content` and `parameters` in display order, and every
 * subtree that does not depend on the data built once, frozen and shared by all renders.
 */
import type { Diagnostic, RenderOptions } from '@fieldcode/language';
import type { CompiledText } from './text.js';
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

function renderText(node: TextNode, run: RenderRun, values: ((key: string) => string | undefined) | undefined): string {
  const sink = (diagnostic: Diagnostic): void => {
    run.diagnostics.push(diagnostic);
  };
  const text = node.text;
  const output = node.fill
    ? text.render(
        run.data,
        run.options,
        sink,
        values ?? (() => undefined),
        (placeholder: Placeholder) => {
          run.diagnostics.push({
            code: 'placeholder-parameter-mismatch',
            severity: run.strict ? 'error' : 'warning',
            message: placeholder.named
              ? `{{${placeholder.key}}} has no parameter named ${placeholder.key}; it renders empty`
              : `{{${placeholder.key}}} has no parameter with index ${placeholder.key}; it renders empty`,
            path: text.pointer,
            range: text.range(placeholder.start, placeholder.end),
          });
        },
        node.encode
          ? (value: string, placeholder: Placeholder) => {
              const encoded = encodeUrlComponent(value);
              if (encoded.repaired) {
                run.diagnostics.push({
                  code: URL_LONE_SURROGATE,
                  severity: 'warning',
                  message: urlLoneSurrogateMessage,
                  path: text.pointer,
                  range: text.range(placeholder.start, placeholder.end),
                });
              }
              return encoded.text;
            }
          : undefined,
      )
    : text.render(run.data, run.options, sink);
  run.outputs[node.slot] = output;
  return output;
}

/** Renders a node into a fresh JSON value (static subtrees are shared, frozen). */
export function renderNode(node: RenderNode, run: RenderRun, values?: (key: string) => string | undefined): unknown {
  switch (node.kind) {
    case 'static':
      return node.value;
    case 'text':
      return renderText(node, run, values);
    case 'array': {
      const nodes = node.nodes;
      const copy = new Array<unknown>(nodes.length);
      for (let i = 0; i < nodes.length; i++) copy[i] = renderNode(nodes[i]!, run);
      return copy;
    }
    case 'object': {
      const { keys, nodes } = node;
      const copy: Record<string, unknown> = {};
      let fill: ((key: string) => string | undefined) | undefined;
      let parameters: unknown;
      if (node.parameters !== undefined) {
        // Parameters first: their rendered values fill the item's placeholders.
        parameters = renderNode(nodes[node.parameters.at]!, run);
        const list = parameters as Array<Record<string, unknown>>;
        const positions = node.parameters.keys;
        fill = (key) => {
          const position = positions.get(key);
          const value = position === undefined ? undefined : list[position]?.['value'];
          return position === undefined ? undefined : typeof value === 'string' ? value : '';
        };
      }
      for (let i = 0; i < keys.length; i++) {
        const value = node.parameters !== undefined && i === node.parameters.at ? parameters : renderNode(nodes[i]!, run, fill);
        setOwn(copy, keys[i]!, value);
      }
      return copy;
    }
  }
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
