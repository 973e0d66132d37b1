import { describe, it, expect } from 'vitest';
import { configureFieldcodeEditor, previewWorkerEnabled, workerUrl } from './config.js';

describe('workerUrl', () => {
  it('knows no location before an ES module entry registers its directory (a classic script), then follows the configured base and explicit URLs', async () => {
    expect(() => workerUrl('lint')).toThrow('No location for lint.worker.js: call configureFieldcodeEditor({ workerBaseUrl }) first');
    expect(previewWorkerEnabled()).toBe(false);
    await import('./worker-base.js');
    expect(workerUrl('lint')).toBe(new URL('./lint.worker.js', import.meta.url).href);
    expect(previewWorkerEnabled()).toBe(true);
    configureFieldcodeEditor({ workerBaseUrl: 'https://static.example.com/fieldcode/' });
    expect(workerUrl('editor')).toBe('https://static.example.com/fieldcode/editor.worker.js');
    expect(workerUrl('json')).toBe('https://static.example.com/fieldcode/json.worker.js');
    configureFieldcodeEditor({ workerUrls: { lint: 'https://workers.example.com/lint.js' } });
    expect(workerUrl('lint')).toBe('https://workers.example.com/lint.js');
    expect(workerUrl('editor')).toBe('https://static.example.com/fieldcode/editor.worker.js');
    configureFieldcodeEditor({ previewWorker: false });
    expect(previewWorkerEnabled()).toBe(false);
  });
});
