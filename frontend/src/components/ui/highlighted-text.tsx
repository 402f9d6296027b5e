import { Fragment, type ReactNode } from 'react';

import type { Segment } from '@/types/api';

/**
 * A search highlight: the words that matched as <mark>, the rest as plain text. The segments are text,
 * never markup, so nothing the index returns is ever parsed as HTML. Without segments (no match in this
 * field) the plain `fallback` is shown.
 */
export function HighlightedText({ segments, fallback }: { segments: Segment[] | null | undefined; fallback?: ReactNode }) {
  if (!segments || segments.length === 0) {
    return <>{fallback ?? null}</>;
  }
  return (
    <>
      {segments.map((segment, index) =>
        segment.hit ? (
          <mark key={index} className="search-hit">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

