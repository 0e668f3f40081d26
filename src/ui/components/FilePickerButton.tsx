import { useRef, type ReactNode } from 'react';

/** Props of {@link FilePickerButton}. */
export interface FilePickerButtonProps {
  /** The button's content (a translated label). */
  readonly children: ReactNode;
  /** The file input's `accept` list (extensions and MIME types). */
  readonly accept: string;
  /** Called with the chosen file; never for a cancelled choice. */
  readonly onPick: (file: File) => void;
  readonly testId?: string;
  /** `data-testid` of the hidden file input (tests set files on it directly). */
  readonly inputTestId?: string;
}

/**
 * A button that opens the browser's file chooser through a hidden file input (a styled button
 * instead of the native "Choose file" control). The input is cleared after each choice, so
 * choosing the same file again fires `onPick` again.
 */
export function FilePickerButton({ children, accept, onPick, testId, inputTestId }: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} data-testid={testId}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        data-testid={inputTestId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onPick(file);
        }}
      />
    </>
  );
}
