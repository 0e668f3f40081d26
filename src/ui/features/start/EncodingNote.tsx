import { useTranslation } from 'react-i18next';
import type { LayoutFacts } from '../../../core/model/index.ts';

/**
 * One line of the import preview about how the bytes were read: the encoding chosen for text
 * formats, damaged bytes shown as U+FFFD, and control characters removed. Renders nothing for
 * formats without an encoding and nothing to report.
 */
export function EncodingNote({ layout }: { readonly layout: LayoutFacts }): React.JSX.Element | null {
  const { t } = useTranslation('import');
  const notes: string[] = [];
  if (layout.encoding) notes.push(t('preview.encoding', { encoding: layout.encoding.toUpperCase() }));
  if (layout.invalidBytes) notes.push(t('preview.invalidBytes', { count: layout.invalidBytes }));
  if (layout.controlsRemoved) notes.push(t('preview.controlsRemoved', { count: layout.controlsRemoved }));
  if (notes.length === 0) return null;
  return (
    <p className="import-encoding" data-testid="import-encoding">
      {notes.join(' ')}
    </p>
  );
}
