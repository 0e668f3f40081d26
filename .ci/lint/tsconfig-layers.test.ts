import { describe, expect, it } from 'vitest';
import path from 'node:path';
import ts from 'typescript';

// Type-checks one small probe file under each layer's tsconfig (the real compiler options, the probe
// placed in that layer's folder so type roots resolve as for real code) and reports the errors.
const root = process.cwd();

function errorsOf(tsconfig: string, probePath: string, code: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, tsconfig), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); } });
  if (!config) throw new Error(`cannot read ${tsconfig}`);
  const probe = path.join(root, probePath);
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => file === probe || fileExists.call(host, file);
  host.readFile = (file) => (file === probe ? code : readFile.call(host, file));
  host.getSourceFile = (file, language, ...rest) => (file === probe ? ts.createSourceFile(file, code, language) : getSourceFile.call(host, file, language, ...rest));
  const program = ts.createProgram([probe], { ...config.options, noEmit: true }, host);
  return ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === probe).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const NODE_CODE = "export const b = Buffer.from('x');\nexport const env = process.env.HOME;\n";
const DOM_CODE = 'export const title = document.title;\nexport const width = window.innerWidth;\n';

/** The files a tsconfig checks, relative to the repository root. */
function filesOf(tsconfig: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, tsconfig), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  return (config?.fileNames ?? []).map((file) => path.relative(root, file).split(path.sep).join('/'));
}

describe('layer tsconfigs', { timeout: 120_000 }, () => {
  it('src/ui: DOM yes, Node no (Buffer and process do not type-check)', () => {
    const files = filesOf('src/ui/tsconfig.json');
    expect(files.some((f) => f.startsWith('src/ui/features/'))).toBe(true);
    expect(files.some((f) => /^src\/(host|server|cli)\//u.test(f))).toBe(false);
    expect(errorsOf('src/ui/tsconfig.json', 'src/ui/__probe__.ts', DOM_CODE)).toEqual([]);
    const errors = errorsOf('src/ui/tsconfig.json', 'src/ui/__probe__.ts', NODE_CODE);
    expect(errors.join('\n')).toMatch(/Cannot find name 'Buffer'/u);
    expect(errors.join('\n')).toMatch(/Cannot find name 'process'/u);
  });
  it('host, server, cli and Electron main: Node yes, DOM no', () => {
    const files = filesOf('src/host/tsconfig.json');
    for (const dir of ['src/host/', 'src/server/', 'src/cli/', 'electron/main/']) expect(files.some((f) => f.startsWith(dir)), dir).toBe(true);
    expect(files.some((f) => f.startsWith('src/ui/'))).toBe(false);
    expect(errorsOf('src/host/tsconfig.json', 'src/server/__probe__.ts', NODE_CODE)).toEqual([]);
    const errors = errorsOf('src/host/tsconfig.json', 'src/server/__probe__.ts', DOM_CODE).join('\n');
    expect(errors).toMatch(/Cannot find name 'document'/u);
    expect(errors).toMatch(/Cannot find name 'window'/u);
  });
  it('src/core and src/shared: neither', () => {
    for (const dir of ['src/core', 'src/shared']) {
      expect(errorsOf('src/core/tsconfig.json', `${dir}/__probe__.ts`, NODE_CODE).join('\n'), dir).toMatch(/Cannot find name 'Buffer'/u);
      expect(errorsOf('src/core/tsconfig.json', `${dir}/__probe__.ts`, DOM_CODE).join('\n'), dir).toMatch(/Cannot find name 'document'/u);
    }
  });
});
