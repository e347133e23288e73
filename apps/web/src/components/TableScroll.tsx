import type { ReactNode } from 'react';

/**
 * A table wider than the screen scrolls sideways inside this frame, not the page. The frame is a region named by the
 * table's caption or heading (or a label, for tables in Markdown) and takes focus, so that the keyboard scrolls it too.
 */
export function TableScroll({ labelledBy, label, children }: { labelledBy?: string; label?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
