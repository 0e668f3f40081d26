const KEY = 'duizhao.annotationAuthor';

/** Author name used when none was chosen. */
export const DEFAULT_AUTHOR = 'translator';

/** The annotator's name remembered in `storage` (localStorage in the app), else {@link DEFAULT_AUTHOR}. */
export function readAuthor(storage: Storage): string {
  try {
    return storage.getItem(KEY)?.trim() || DEFAULT_AUTHOR;
  } catch {
    return DEFAULT_AUTHOR;
  }
}

/** Remembers the annotator's name; an empty name goes back to the default. */
export function writeAuthor(storage: Storage, name: string): void {
  try {
    if (name.trim()) storage.setItem(KEY, name.trim());
    else storage.removeItem(KEY);
  } catch {
    // Storage disabled: the name lasts for this session only.
  }
}
