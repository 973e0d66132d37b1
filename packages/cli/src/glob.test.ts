import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { checkGlobLimits, globBase, globMatcher, hasGlobSyntax, isNegated, maxMatchedPathLength } from './glob.js';

const matches = (pattern: string, path: string): boolean => globMatcher(pattern, 'test')(path);

describe('globMatcher (picomatch)', () => {
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

  it('supports ?, classes, negated classes and alternatives', () => {
    expect(matches('file?.json', 'file1.json')).toBe(true);
    expect(matches('file?.json', 'file10.json')).toBe(false);
    expect(matches('[ab].txt', 'b.txt')).toBe(true);
    expect(matches('[ab].txt', 'c.txt')).toBe(false);
    expect(matches('[^ab].txt', 'c.txt')).toBe(true);
    expect(matches('[^ab].txt', 'a.txt')).toBe(false);
    expect(matches('*.{json,txt}', 'x.txt')).toBe(true);
    expect(matches('*.{json,txt}', 'x.md')).toBe(false);
  });

  it('does not match dotfiles with a wildcard, and reads extglob syntax literally', () => {
    expect(matches('*.json', '.hidden.json')).toBe(false);
    expect(matches('+(a|aa).json', 'aa.json')).toBe(false);
    expect(matches('+(a|aa).json', '+(a|aa).json')).toBe(true);
  });

  it('matches a negated pattern as its positive part (the caller excludes)', () => {
    expect(isNegated('!drafts/**')).toBe(true);
    expect(isNegated('drafts/**')).toBe(false);
    expect(matches('!drafts/**', 'drafts/a.json')).toBe(true);
  });
});

describe('work limits', () => {
  it('refuses more than 3 stars in one segment and more than 2 globstars, naming where', () => {
    expect(checkGlobLimits('*a*b*c.json', 'lint')).toBe('*a*b*c.json');
    expect(() => checkGlobLimits('*a*b*c*.json', 'lint')).toThrowError(
      new UsageError("lint: glob '*a*b*c*.json' has 4 '*' in one segment (at most 3)"),
    );
    expect(() => checkGlobLimits('**/a/**/b/**/c', "config 'ignore'")).toThrowError(
      new UsageError("config 'ignore': glob '**/a/**/b/**/c' has 3 '**' segments (at most 2)"),
    );
  });

  it('refuses to match a path longer than the limit', () => {
    const long = `${'a/'.repeat(maxMatchedPathLength / 2)}b.json`;
    expect(() => matches('**/*.json', long)).toThrowError(/^path too long to match globs \(1030 characters, at most 1024\): a\/a\//);
  });
});

describe('hasGlobSyntax and globBase', () => {
  it('recognises glob characters', () => {
    expect(hasGlobSyntax('examples/bill.json')).toBe(false);
    expect(hasGlobSyntax('examples/*.json')).toBe(true);
    expect(hasGlobSyntax('a/{b,c}')).toBe(true);
    expect(hasGlobSyntax('!drafts/**')).toBe(true);
  });

  it('returns the static directory prefix', () => {
    expect(globBase('examples/whatsapp/*.json')).toBe('examples/whatsapp');
    expect(globBase('examples/**/x.json')).toBe('examples');
    expect(globBase('*.json')).toBe('.');
    expect(globBase('/abs/dir/*.txt')).toBe('/abs/dir');
    expect(globBase('!drafts/**')).toBe('drafts');
  });
});
