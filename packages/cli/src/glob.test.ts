import { describe, expect, it } from 'vitest';
import { GlobSet, globBase, globToRegExp, hasGlobSyntax } from './glob.js';

const matches = (pattern: string, path: string): boolean => globToRegExp(pattern).test(path);

describe('globToRegExp', () => {
  it('matches * within one segment only', () => {
    expect(matches('*.json', 'a.json')).toBe(true);
    expect(matches('*.json', 'dir/a.json')).toBe(false);
    expect(matches('examples/*.json', 'examples/bill.json')).toBe(true);
    expect(matches('examples/*.json', 'examples/x/bill.json')).toBe(false);
  });

  it('matches ** across any number of segments, including none', () => {
    expect(matches('**/*.json', 'a.json')).toBe(true);
    expect(matches('**/*.json', 'a/b/c.json')).toBe(true);
    expect(matches('examples/**/*.txt', 'examples/a.txt')).toBe(true);
    expect(matches('examples/**/*.txt', 'examples/x/y/a.txt')).toBe(true);
    expect(matches('examples/**/*.txt', 'other/a.txt')).toBe(false);
    expect(matches('drafts/**', 'drafts/a/b.json')).toBe(true);
  });

  it('treats ** inside a segment like *', () => {
    expect(matches('a**.json', 'abc.json')).toBe(true);
    expect(matches('a**.json', 'a/b.json')).toBe(false);
  });

  it('supports ?, classes, negated classes and alternatives', () => {
    expect(matches('file?.json', 'file1.json')).toBe(true);
    expect(matches('file?.json', 'file10.json')).toBe(false);
    expect(matches('[ab].txt', 'b.txt')).toBe(true);
    expect(matches('[ab].txt', 'c.txt')).toBe(false);
    expect(matches('[!ab].txt', 'c.txt')).toBe(true);
    expect(matches('[!ab].txt', 'a.txt')).toBe(false);
    expect(matches('*.{json,txt}', 'x.txt')).toBe(true);
    expect(matches('*.{json,txt}', 'x.md')).toBe(false);
  });

  it('escapes regular-expression characters', () => {
    expect(matches('a+b(1).json', 'a+b(1).json')).toBe(true);
    expect(matches('a.json', 'abjson')).toBe(false);
    expect(matches('$x^.txt', '$x^.txt')).toBe(true);
  });

  it('merges repeated ** segments (no exponential backtracking)', () => {
    expect(globToRegExp('**/**/**/c').source).toBe(globToRegExp('**/c').source);
    expect(matches('**/**/**/**/c', `${'a/'.repeat(5000)}b`)).toBe(false);
  });
});

describe('hasGlobSyntax and globBase', () => {
  it('recognises glob characters', () => {
    expect(hasGlobSyntax('examples/bill.json')).toBe(false);
    expect(hasGlobSyntax('examples/*.json')).toBe(true);
    expect(hasGlobSyntax('a/{b,c}')).toBe(true);
  });

  it('returns the static directory prefix', () => {
    expect(globBase('examples/whatsapp/*.json')).toBe('examples/whatsapp');
    expect(globBase('examples/**/x.json')).toBe('examples');
    expect(globBase('*.json')).toBe('.');
    expect(globBase('/abs/dir/*.txt')).toBe('/abs/dir');
  });
});

describe('GlobSet', () => {
  it('matches slash-free patterns at any depth', () => {
    const set = new GlobSet(['*.draft.json']);
    expect(set.matches('a/b/x.draft.json')).toBe(true);
    expect(set.matches('x.draft.json')).toBe(true);
    expect(set.matches('x.json')).toBe(false);
  });

  it('ignores a directory and everything below it', () => {
    const set = new GlobSet(['drafts/', './legacy']);
    expect(set.matchesPathOrParent('drafts/a/b.json')).toBe(true);
    expect(set.matchesPathOrParent('legacy/x.txt')).toBe(true);
    expect(set.matchesPathOrParent('src/drafts.json')).toBe(false);
  });

  it('is empty for no patterns', () => {
    const set = new GlobSet(['', '/']);
    expect(set.size).toBe(0);
    expect(set.matchesPathOrParent('a')).toBe(false);
  });
});
