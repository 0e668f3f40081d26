import { Schema, type Node as PMNode } from 'prosemirror-model';

/**
 * The schema of one pane of a row (Chinese or English): a single paragraph of plain text. A block's text is
 * plain text in the model, so the editor holds exactly that and nothing that could not be exported.
 */
export const textSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph' },
    paragraph: { content: 'text*', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
    text: {},
  },
});

/** Builds the editor document for a block's target text. */
export function textDoc(text: string): PMNode {
  const paragraph = textSchema.nodes.paragraph!.create(null, text ? textSchema.text(text) : null);
  return textSchema.nodes.doc!.create(null, paragraph);
}

/** The plain text a target editor document stands for. */
export function docText(doc: PMNode): string {
  return doc.textContent;
}
