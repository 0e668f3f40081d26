import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { EditorView } from 'prosemirror-view';
import type { BlockDto } from '../../../shared/dto.ts';
import type { BlockStatus } from '../../../core/model/index.ts';
import { BlockRow } from './BlockRow.tsx';
import { estimateRowHeight, type VisibleRows } from './visible-rows.ts';
import type { RowActions } from './keymap.ts';
import type { Pane } from './view-registry.ts';
import type { RowUpgrader } from './row-upgrader.ts';
import './grid.css';

/** Props of {@link VirtualGrid}; callbacks must keep their identity (they come from useCallback). */
export interface VirtualGridProps {
  readonly rows: readonly BlockDto[];
  readonly visible: VisibleRows;
  readonly indexOf: ReadonlyMap<number, number>;
  readonly statuses: ReadonlyMap<number, BlockStatus>;
  /** Stands for the mutable `statuses` map: a new value re-renders the rows' badges. */
  readonly statusVersion: number;
  /** The block a row shows (with the latest English when it differs from `rows`). */
  readonly blockFor: (block: BlockDto) => BlockDto;
  readonly onText: (block: BlockDto, text: string) => void;
  readonly onBlur: (block: BlockDto) => void;
  readonly actionsFor: (block: BlockDto) => RowActions;
  readonly registerView: (blockId: number, pane: Pane, view: EditorView | null) => void;
  /** Receives the virtualizer, so the grid's owner can scroll to rows. */
  readonly virtualizerRef: RefObject<Virtualizer<HTMLDivElement, Element> | null>;
  /** A block waiting to be focused: scrolled to once a filter change shows it. */
  readonly pendingFocus: RefObject<number | null>;
  /** Rows mounted while scrolling start as static text; this turns them into editors. */
  readonly upgrader: RowUpgrader;
}

/**
 * The scrolling part of the grid: the virtualizer and the mounted rows. A component of its own so
 * that scrolling (which re-renders whatever owns the virtualizer, often synchronously from the
 * scroll event) re-renders only the rows, not the project bar, toolbars and side panel.
 */
export const VirtualGrid = memo(function VirtualGrid(props: VirtualGridProps) {
  const { rows, visible, indexOf, statuses, blockFor } = props;
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer asks for every unmeasured row's estimate and key each time a row's measured
  // height changes (O(rows)); answer from flat arrays built once per layout.
  const layout = useMemo(() => {
    const heights = new Float64Array(visible.count);
    const ids = new Float64Array(visible.count);
    for (let pos = 0; pos < visible.count; pos++) {
      const block = rows[visible.rowAt(pos)]!;
      heights[pos] = estimateRowHeight(block);
      ids[pos] = block.id;
    }
    return { heights, ids };
  }, [rows, visible]);
  const virtualizer = useVirtualizer({
    count: visible.count,
    getScrollElement: () => scroller.current,
    estimateSize: (pos) => layout.heights[pos]!,
    getItemKey: (pos) => layout.ids[pos]!,
    overscan: 4,
    // Render rows in their own task, not synchronously inside the scroll event: that task would
    // also hold the frame's layout and paint and, with a screenful of new rows, pass 50 ms.
    // The overscan covers ordinary wheel steps, so no blank frame shows there.
    useFlushSync: false,
  });
  props.virtualizerRef.current = virtualizer;
  props.upgrader.setScrolling(virtualizer.isScrolling);

  // A row asked for while filtered out is scrolled to once a filter change shows it.
  const { pendingFocus } = props;
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const pos = visible.positionOf(indexOf.get(id) ?? -1);
    if (pos !== null) virtualizer.scrollToIndex(pos, { align: 'center' });
  }, [visible, indexOf, virtualizer, pendingFocus]);

  return (
    <div className="grid" ref={scroller} data-testid="grid" data-visible-rows={visible.count} data-total-rows={rows.length}>
      <div className="grid-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const index = visible.rowAt(item.index);
          const block = rows[index]!;
          return (
            <div key={block.id} data-index={item.index} ref={virtualizer.measureElement} className="grid-slot" style={{ transform: `translateY(${item.start}px)` }}>
              <BlockRow
                block={blockFor(block)}
                status={statuses.get(block.id) ?? block.status}
                rowNumber={index + 1}
                onText={props.onText}
                onBlur={props.onBlur}
                actionsFor={props.actionsFor}
                registerView={props.registerView}
                upgrader={props.upgrader}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
});
