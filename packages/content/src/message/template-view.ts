/**
 * The campaign shape of a notification: every item but the body is static, and the body's only
 * data-dependent fields are its text and its parameters' values. Found once per render tree; a
 * channel that builds a template payload then reads the shared static items and the rendered
 * parameter values straight from the output slots, and no rendered body is built per contact.
 */
import type { Item, RenderedTemplate } from '../render/model.js';
import { splitNotification } from './parts.js';
import type { ObjectNode, RenderNode } from './tree.js';

/** A {@link RenderedTemplate} plus where each parameter value is rendered. */
export interface TemplateView {
  template: RenderedTemplate;
  /** Per body parameter: the output slot of its value, or -1 when the value is the constant. */
  slots: readonly number[];
  /** Per body parameter: its value when it does not depend on the data. */
  constants: readonly string[];
}

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field as the channels read it (render/model.ts `str`: numbers print as strings). */
function field(item: Item, key: string): string | undefined {
  if (!Object.hasOwn(item, key)) return undefined;
  const value = item[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** A type as the splitter reads it (strings only). */
function typeOf(item: Item): string | undefined {
  const value = Object.hasOwn(item, 'type') ? item['type'] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The static fields of an object node (frozen, registered with its pointer so diagnostics point
 * at it), or undefined when a field other than those in `rendered` depends on the data.
 */
function shell(node: ObjectNode, rendered: ReadonlySet<string>, pointers: WeakMap<object, string>): Item | undefined {
  const item: Item = {};
  for (let i = 0; i < node.keys.length; i++) {
    const key = node.keys[i]!;
    const child = node.nodes[i]!;
    if (rendered.has(key)) continue;
    if (child.kind !== 'static' || key === '__proto__') return undefined;
    item[key] = child.value;
  }
  pointers.set(item, node.pointer);
  return Object.freeze(item);
}

const BODY_RENDERED = new Set(['text', 'parameters']);
const PARAMETER_RENDERED = new Set(['value']);

/** The parameters of the body node: static fields, value slots and constant values; undefined when not of the campaign shape. */
function parameters(
  node: RenderNode | undefined,
  pointers: WeakMap<object, string>,
): { items: Item[]; slots: number[]; constants: string[] } | undefined {
  const found = { items: [] as Item[], slots: [] as number[], constants: [] as string[] };
  if (node === undefined) return found;
  const entries: RenderNode[] =
    node.kind === 'array'
      ? node.nodes
      : node.kind === 'static' && Array.isArray(node.value)
        ? node.value.map((value: unknown) => ({ kind: 'static', value, pointer: '' }))
        : [];
  if (node.kind !== 'array' && node.kind !== 'static') return undefined;
  for (const entry of entries) {
    if (entry.kind === 'static') {
      // What `list()` keeps: objects only.
      if (!isItem(entry.value)) continue;
      found.items.push(entry.value);
      found.slots.push(-1);
      found.constants.push(field(entry.value, 'value') ?? '');
      continue;
    }
    if (entry.kind !== 'object' || entry.parameters !== undefined) return undefined;
    const at = entry.keys.indexOf('value');
    const value = at === -1 ? undefined : entry.nodes[at]!;
    if (value === undefined || value.kind !== 'text' || value.fill) return undefined;
    const item = shell(entry, PARAMETER_RENDERED, pointers);
    if (item === undefined) return undefined;
    found.items.push(item);
    found.slots.push(value.slot);
    found.constants.push('');
  }
  return found;
}

/**
 * The template view of a notification tree, or undefined when the notification is not of the
 * campaign shape (then the channel reads the rendered body, as for every other content type).
 */
export function templateView(
  tree: RenderNode,
  pointers: WeakMap<object, string>,
  format: RenderedTemplate['parameterFormat'],
  category: RenderedTemplate['category'],
): TemplateView | undefined {
  if (tree.kind !== 'object') return undefined;
  const at = tree.keys.indexOf('content');
  const content = at === -1 ? undefined : tree.nodes[at]!;
  if (content === undefined || content.kind !== 'array') return undefined;
  // Items as the renderer hands them to channels: objects only, in display order; a dynamic one is its node.
  const items: Array<{ item: Item } | { node: ObjectNode }> = [];
  for (const node of content.nodes) {
    if (node.kind === 'static') {
      if (isItem(node.value)) items.push({ item: node.value });
    } else if (node.kind === 'object') {
      const type = node.keys.indexOf('type');
      if (type !== -1 && node.nodes[type]!.kind !== 'static') return undefined;
      items.push({ node });
    } else return undefined;
  }
  const split = splitNotification(items.map((entry) => ('item' in entry ? typeOf(entry.item) : staticType(entry.node))));
  if (split.body === undefined) return undefined;
  // Every part but the body must be static (shared, frozen): null marks one that is not.
  const staticItem = (position: number): Item | null => {
    const entry = items[position]!;
    return 'item' in entry ? entry.item : null;
  };
  const header = split.header === undefined ? undefined : staticItem(split.header);
  const footer = split.footer === undefined ? undefined : staticItem(split.footer);
  const buttons = split.buttons.map(staticItem);
  const others = split.others.map(staticItem);
  if (header === null || footer === null || buttons.includes(null) || others.includes(null)) return undefined;
  const bodyEntry = items[split.body]!;
  let body: Item | undefined;
  let found: ReturnType<typeof parameters>;
  if ('node' in bodyEntry) {
    const node = bodyEntry.node;
    body = shell(node, BODY_RENDERED, pointers);
    const list = node.keys.indexOf('parameters');
    found = parameters(list === -1 ? undefined : node.nodes[list], pointers);
  } else {
    body = bodyEntry.item;
    const list = Object.hasOwn(body, 'parameters') ? body['parameters'] : undefined;
    found = parameters(list === undefined ? undefined : { kind: 'static', value: list, pointer: '' }, pointers);
  }
  if (body === undefined || found === undefined) return undefined;
  const template: RenderedTemplate = {
    body,
    buttons: buttons as Item[],
    others: others as Item[],
    parameters: found.items,
    parameterFormat: format,
  };
  if (header !== undefined) template.header = header;
  if (footer !== undefined) template.footer = footer;
  if (category !== undefined) template.category = category;
  return { template: Object.freeze(template), slots: found.slots, constants: found.constants };
}

/** The `type` of a dynamic item (types are enumerations, never rendered). */
function staticType(node: ObjectNode): string | undefined {
  const at = node.keys.indexOf('type');
  const type = at === -1 ? undefined : node.nodes[at]!;
  return type?.kind === 'static' && typeof type.value === 'string' ? type.value : undefined;
}
