import { describe, it, expect } from 'vitest';
import { configureFieldcodeEditor, workerUrl } from './config.js';

describe('workerUrl', () => {
  it('defaults to the directory of the module, then follows the configured base and explicit URLs', () => {
    expect(workerUrl('lint')).toBe(new URL('./lint.worker.js', import.meta.url).href);
    configureFieldcodeEditor({ workerBaseUrl: 'https://static.example.com/fieldcode/' });
    expect(workerUrl('editor')).toBe('https://static.example.com/fieldcode/editor.worker.js');
    expect(workerUrl('json')).toBe('https://static.example.com/fieldcode/json.worker.js');
    configureFieldcodeEditor({ workerUrls: { lint: 'https://workers.example.com/lint.js' } });
    expect(workerUrl('lint')).toBe('https://workers.example.com/lint.js');
    expect(workerUrl('editor')).toBe('https://static.example.com/fieldcode/editor.worker.js');
  });
});
