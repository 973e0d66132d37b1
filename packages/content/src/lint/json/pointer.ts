import type { JsonNode } from './tree.js';

/** Escapes one JSON-pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins a parent pointer and a segment. */
export function childPointer(parent: string, segment: string | number): string {
  return `${parent}/${escapePointerSegment(segment)}`;
}

/** Splits a JSON pointer into unescaped segments (`''` → `[]`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(pointer.startsWith('/') ? 1 : 0)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The node a JSON pointer designates, or the deepest existing ancestor when the pointer
 * runs past the tree (`exact` tells which).
 */
export function nodeAtPointer(root: JsonNode, pointer: string): { node: JsonNode; exact: boolean } {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    let next: JsonNode | undefined;
    if (node.type === 'object') {
      const prop = node.children?.find((p) => p.children?.[0]?.value === segment);
      next = prop?.children?.[1];
    } else if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(segment)) {
      next = node.children?.[Number(segment)];
    }
    if (!next) return { node, exact: false };
    node = next;
  }
  return { node, exact: true };
}

/** The key node of the property holding `valueNode`, when it is an object member. */
export function keyNodeOf(valueNode: JsonNode): JsonNode | undefined {
  const parent = valueNode.parent;
  return parent && parent.type === 'property' ? parent.children?.[0] : undefined;
}
