/**
 * Bilingual DOCX: a minimal OOXML package (content types, package relationships, document,
 * styles) zipped with fflate. Per document a Heading 1 with the title, then a two-column table:
 * source left, target right. Chinese runs set the East Asian font (`w:rFonts w:eastAsia`,
 * default SimSun) and `w:lang w:eastAsia`; target runs `w:lang w:val` (`en` is written `en-US`).
 * Line breaks inside a block become `<w:br/>`, tabs `<w:tab/>`; characters XML cannot hold are
 * written as U+FFFD (DOCX is for reading and printing, not re-import). Headings are bold, notes
 * follow the target in italics. The zip entries carry a fixed date, so equal input gives equal bytes.
 */
import { strToU8, zipSync } from 'fflate';
import { resolveOptions, selectBlocks, sourceLangOf, targetLangOf } from './model.ts';
import type { ExportBlock, ExportOptions, ExportProject } from './model.ts';
import { escapeXmlText } from '../xml/escape.ts';
import { escapeAttr } from './xml.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Line ends never reach here (they become <w:br/>), so this escapes exactly `& < >`.
function escapeRunText(text: string): string {
  return escapeXmlText(text, () => '\uFFFD');
}

/** `<w:r>` elements for `text` with `rPr`, turning line breaks and tabs into Word's elements. */
function runs(text: string, rPr: string): string {
  const parts = text.split(/(\r\n|[\r\n\t\u2028\u2029])/);
  return parts
    .map((part) => {
      if (part === '') return '';
      if (part === '\t') return `<w:r>${rPr}<w:tab/></w:r>`;
      if (/^(\r\n|[\r\n\u2028\u2029])$/.test(part)) return `<w:r>${rPr}<w:br/></w:r>`;
      return `<w:r>${rPr}<w:t xml:space="preserve">${escapeRunText(part)}</w:t></w:r>`;
    })
    .join('');
}

function wordLang(tag: string): string {
  return tag.toLowerCase() === 'en' ? 'en-US' : tag;
}

interface Fonts {
  readonly zh: string;
  readonly en: string;
}

function cell(paragraphs: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="2500" w:type="pct"/></w:tcPr>${paragraphs}</w:tc>`;
}

function row(block: ExportBlock, rPr: Fonts): string {
  const bold = block.kind === 'heading' ? '<w:b/>' : '';
  const zh = `<w:p>${runs(block.source, `<w:rPr>${bold}${rPr.zh}</w:rPr>`)}</w:p>`;
  const notes = block.notes.map((n) => `<w:p>${runs(n, `<w:rPr><w:i/><w:sz w:val="18"/></w:rPr>`)}</w:p>`).join('');
  const en = `<w:p>${runs(block.target, `<w:rPr>${bold}${rPr.en}</w:rPr>`)}</w:p>${notes}`;
  return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(zh)}${cell(en)}</w:tr>`;
}

function documentXml(project: ExportProject, options: ExportOptions): string {
  const opts = resolveOptions(options);
  const font = escapeAttr(opts.eastAsiaFont);
  const rPr: Fonts = {
    zh: `<w:rFonts w:eastAsia="${font}"/><w:lang w:eastAsia="${escapeAttr(sourceLangOf(project))}"/>`,
    en: `<w:lang w:val="${escapeAttr(wordLang(targetLangOf(project)))}"/>`,
  };
  const body: string[] = [];
  for (const { document, blocks } of selectBlocks(project, opts)) {
    body.push(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${runs(document.title, `<w:rPr>${rPr.zh}</w:rPr>`)}</w:p>`);
    body.push('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/></w:tblPr>');
    body.push('<w:tblGrid><w:gridCol w:w="4819"/><w:gridCol w:w="4819"/></w:tblGrid>');
    for (const block of blocks) body.push(row(block, rPr));
    body.push('</w:tbl><w:p/>');
  }
  const sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  return `${XML_DECL}<w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${body.join('\n')}${sect}</w:body></w:document>`;
}

function stylesXml(eastAsiaFont: string, sourceLang: string, targetLang: string): string {
  const font = escapeAttr(eastAsiaFont);
  return (
    `${XML_DECL}<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${font}" w:cs="Times New Roman"/>` +
    `<w:sz w:val="22"/><w:lang w:val="${escapeAttr(wordLang(targetLang))}" w:eastAsia="${escapeAttr(sourceLang)}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') +
    '</w:tblBorders></w:tblPr></w:style></w:styles>'
  );
}

const CONTENT_TYPES =
  `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  `${XML_DECL}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS =
  `${XML_DECL}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;

/** Serialises a project as a bilingual .docx file (see the module comment). */
export function exportDocx(project: ExportProject, options: ExportOptions = {}): Uint8Array {
  const opts = resolveOptions(options);
  const mtime = new Date(Date.UTC(2000, 0, 1));
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(PACKAGE_RELS),
      'word/document.xml': strToU8(documentXml(project, opts)),
      'word/styles.xml': strToU8(stylesXml(opts.eastAsiaFont, sourceLangOf(project), targetLangOf(project))),
      'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
    },
    { level: 6, mtime },
  );
}
