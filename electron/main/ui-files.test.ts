import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { resolveUiFile } from './ui-files.ts';

describe('resolveUiFile', () => {
  const ui = path.resolve('/srv/ui');
  it('serves files inside the UI folder', () => {
    expect(resolveUiFile(ui, 'app://duizhao/index.html')).toBe(path.join(ui, 'index.html'));
    expect(resolveUiFile(ui, 'app://duizhao/')).toBe(path.join(ui, 'index.html'));
    expect(resolveUiFile(ui, 'app://duizhao/assets/a.js')).toBe(path.join(ui, 'assets/a.js'));
  });
  it('never resolves outside the UI folder, whatever the encoding of ..', () => {
    const inside = (file: string | null) => file === null || file.startsWith(ui + path.sep);
    // The URL parser folds %2e%2e segments itself; what remains must still land inside the folder.
    expect(inside(resolveUiFile(ui, 'app://duizhao/%2e%2e/%2e%2e/etc/passwd'))).toBe(true);
    expect(resolveUiFile(ui, 'app://duizhao/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveUiFile(ui, 'app://duizhao/a/..%2f..%2f..%2fetc/passwd')).toBeNull();
  });
  it('refuses other hosts and other schemes', () => {
    expect(resolveUiFile(ui, 'app://other/index.html')).toBeNull();
    expect(resolveUiFile(ui, 'file:///etc/passwd')).toBeNull();
  });
});
