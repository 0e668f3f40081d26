/**
 * Builds bench projects for bench/editor.bench.ts: `blocks` blocks of Chinese (lengths 42…222
 * characters, about 127 on average, so 8,000 blocks ≈ 1,000,000 characters), every 25th a
 * heading, and English for the first half of the rows (a document in progress). Written through
 * the host's writeNewProject, English filled in one transaction.
 */
import { join } from 'node:path';
import { writeNewProject } from '../../src/host/project-file.ts';
import { ProjectStore } from '../../src/host/storage/project-store.ts';
import type { SourceBlock } from '../../src/core/model/index.ts';

const ZH =
  '林西县位于内蒙古自治区赤峰市西北部，历史悠久，文化灿烂。近年来，全县坚持以脱贫攻坚统揽经济社会发展全局，' +
  '把产业发展作为稳定脱贫的根本之策，推动“党建链”“产业链”“治理链”深度融合，2019年全县农牧民人均可支配收入达到12,345元。' +
  '村里修通了水泥路，建起了文化广场，孩子们在宽敞明亮的教室里读书，老人们在幸福院里安度晚年。';
const EN =
  'Linxi County lies in the northwest of Chifeng, Inner Mongolia, and has a long history and a rich culture. In recent years the county ' +
  'has made poverty alleviation the centre of its economic and social development and treated industry as the root of lasting prosperity. ';

function slice(text: string, start: number, length: number): string {
  let out = '';
  while (out.length < length) out += text;
  const from = start % text.length;
  return (out + out).slice(from, from + length);
}

/** Writes a project with `blocks` blocks to `<dir>/<name>.duizhao` and returns its path and character count. */
export function writeBenchProject(dir: string, name: string, blocks: number): { path: string; chars: number } {
  const paragraphs: SourceBlock[] = [];
  let chars = 0;
  for (let i = 0; i < blocks; i++) {
    const heading = i % 25 === 0;
    const length = heading ? 18 : 42 + ((i * 37) % 181);
    const text = slice(ZH, i * 13, length);
    chars += text.length;
    paragraphs.push({ kind: heading ? 'heading' : 'body', text });
  }
  const path = join(dir, `${name}.duizhao`);
  const now = Date.now();
  writeNewProject(
    path,
    { name, sourceLang: 'zh-CN', targetLang: 'en' },
    [{ title: name, sourceFileName: `${name}.txt`, result: { paragraphs, dropped: [], layout: { format: 'text', pages: 0, columnsPerPage: [] }, punctuationRepairs: 0 } }],
    now,
  );
  const store = ProjectStore.open(path);
  try {
    store.db.exec('BEGIN IMMEDIATE');
    const update = store.db.prepare("UPDATE blocks SET target = ?, status = ? WHERE position = ?");
    for (let i = 0; i < blocks / 2; i++) update.run(slice(EN, i * 7, Math.round(paragraphs[i]!.text.length * 2.2)), i % 3 === 0 ? 'confirmed' : 'draft', i);
    store.db.exec('COMMIT');
  } finally {
    store.close();
  }
  return { path, chars };
}
