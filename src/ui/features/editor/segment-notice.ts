/** Keys of the segments namespace a notice can show (why a command did nothing). */
export type SegmentNoticeKey = 'emptyNotConfirmed' | 'splitHere' | 'noNext';

type Listener = (key: SegmentNoticeKey | null) => void;
const listeners = new Set<Listener>();

/**
 * A tiny broadcast for "this did nothing, and here is why" messages from the editors' keymaps
 * (an empty segment not confirmed, a split at a segment edge). The project bar shows the latest
 * one in a live region; `null` clears it.
 */
export const segmentNotice = {
  show(key: SegmentNoticeKey | null): void {
    for (const listener of listeners) listener(key);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
