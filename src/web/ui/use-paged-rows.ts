import { type QueryKey, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";

/** What a list endpoint returns: the total at least on the first page; a cursor if it has them. */
interface RowsPage<T> {
  items: T[];
  total?: number;
  cursor?: string | null;
}

interface PagedRowsOptions<T> {
  pageKey: (page: number) => QueryKey;
  /** `after`: the previous page's cursor, when that page is loaded and the list offers cursors. */
  fetchPage: (offset: number, limit: number, signal: AbortSignal, after?: string) => Promise<RowsPage<T>>;
  pageSize: number;
  rowHeight: number;
  enabled?: boolean;
}

/**
 * A list of any length in the window's scroll: only the rows on screen are in the DOM, and only
 * the pages under them are fetched, so 100,000 contacts scroll like 100. Scrolling on fetches the
 * next page after the previous one's cursor (keyset, as fast deep down as at the top); a jump
 * (dragging the scrollbar) fetches by offset.
 */
export function usePagedRows<T>(options: PagedRowsOptions<T>) {
  const { pageKey, fetchPage, pageSize, rowHeight, enabled = true } = options;
  const listRef = useRef<HTMLUListElement>(null);
  const queryClient = useQueryClient();
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const node = listRef.current;
    if (!node) return;
    const measure = () => setScrollMargin(node.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    if (node.parentElement) observer.observe(node.parentElement);
    return () => observer.disconnect();
  });

  const first = useQuery({
    queryKey: pageKey(0),
    queryFn: ({ signal }) => fetchPage(0, pageSize, signal),
    enabled,
    placeholderData: (previous) => previous,
  });
  const total = first.data?.total ?? 0;

  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: () => rowHeight,
    overscan: 10,
    scrollMargin,
  });
  const visible = virtualizer.getVirtualItems();
  const wanted = [...new Set(visible.map((row) => Math.floor(row.index / pageSize)))].filter((p) => p > 0);
  const pages = useQueries({
    queries: wanted.map((page) => ({
      queryKey: pageKey(page),
      queryFn: ({ signal }: { signal: AbortSignal }) => {
        const previous = queryClient.getQueryData<RowsPage<T>>(pageKey(page - 1));
        return fetchPage(page * pageSize, pageSize, signal, previous?.cursor ?? undefined);
      },
      enabled,
      staleTime: 60_000,
    })),
  });
  const loaded = new Map<number, T[]>();
  if (first.data) loaded.set(0, first.data.items);
  wanted.forEach((page, i) => {
    const data = pages[i]?.data;
    if (data) loaded.set(page, data.items);
  });

  const rowAt = (index: number): T | undefined =>
    loaded.get(Math.floor(index / pageSize))?.[index % pageSize];

  return { listRef, virtualizer, visible, total, first, rowAt, scrollMargin };
}
