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
