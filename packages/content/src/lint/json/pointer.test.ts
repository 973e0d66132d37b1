import { describe, expect, it } from 'vitest';
import { childPointer, keyNodeOf, nodeAtPointer, pointerSegments } from './pointer.js';
import { parseJsonTree } from './tree.js';

describe('JSON pointers', () => {
  const root = parseJsonTree('{"a/b":{"c~d":[10,{"e":"x"}]}}').root!;

  it('escapes and splits segments (RFC 6901)', () => {
    expect(childPointer(childPointer('', 'a/b'), 'c~d')).toBe('/a~1b/c~0d');
    expect(pointerSegments('/a~1b/c~0d/1')).toEqual(['a/b', 'c~d', '1']);
    expect(pointerSegments('')).toEqual([]);
  });

  it('finds the node, or the deepest existing ancestor', () => {
    const found = nodeAtPointer(root, '/a~1b/c~0d/1/e');
    expect(found).toMatchObject({ exact: true, node: { type: 'string', value: 'x', offset: 23 } });
    expect(keyNodeOf(found.node)).toMatchObject({ value: 'e', offset: 19 });
    const missing = nodeAtPointer(root, '/a~1b/c~0d/7');
    expect(missing.exact).toBe(false);
    expect(missing.node.type).toBe('array');
  });
});
