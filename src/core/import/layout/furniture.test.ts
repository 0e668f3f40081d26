import { describe, expect, it } from 'vitest';
import { markFurniture } from './furniture.ts';
import type { Row } from './furniture.ts';
import { splitSegments } from './segments.ts';

const sheet = (...lines: string[]): Row[] => lines.map((line) => ({ segments: splitSegments(line) }));
const body = 'The county linked poverty alleviation with rural revitalisation.       Twelve industrial parks were built.';
const dropped = (rows: readonly Row[]): [string, string][] =>
  rows.flatMap((r) => (r.drop ? [[r.drop, r.segments.map((s) => s.text).join(' ')] as [string, string]] : []));

describe('markFurniture', () => {
  it('drops mirrored running heads that differ between pages when they sit flush to one side', () => {
    const pages = [
      sheet(`${' '.repeat(70)}Grassroots Organisation and Poverty Relief`, '', '', `${' '.repeat(35)}A Three-Column Report`, body, body, '', '', `${' '.repeat(55)}1`),
      sheet('Practice and Theory', '', '', body, body, '', '', `${' '.repeat(55)}2`),
    ];
    markFurniture(pages);
    expect(pages.map(dropped)).toEqual([
      [['running-head', 'Grassroots Organisation and Poverty Relief'], ['folio', '1']],
      [['running-head', 'Practice and Theory'], ['folio', '2']],
    ]);
  });
  it('keeps a centred title at the top of a page, and drops a footer line beside the folio', () => {
    const pages = [sheet(`${' '.repeat(35)}A Three-Column Report`, '', body, body, '', '', `${' '.repeat(55)}1`, 'Practice and Theory')];
    markFurniture(pages);
    expect(dropped(pages[0] as Row[])).toEqual([['folio', '1'], ['footer', 'Practice and Theory']]);
  });
});
