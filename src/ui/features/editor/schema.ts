import { Schema, type Node as PMNode } from 'prosemirror-model';

/**
 * The schema of one row's English editor: a single paragraph of plain text. A block's target is
 * plain text in the model, so the editor holds exactly that and nothing that could not be exported.
 */
export const targetSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph' },
    paragraph: { content: 'text*', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
    text: {},
  },
});

/** Builds the editor document for a block's target text. */
export function targetDoc(text: string): PMNode {
  const paragraph = targetSchema.nodes.paragraph!.create(null, text ? targetSchema.text(text) : null);
  return targetSchema.nodes.doc!.create(null, paragraph);
}

/** The plain text a target editor document stands for. */
export function targetText(doc: PMNode): string {
  return doc.textContent;
}
