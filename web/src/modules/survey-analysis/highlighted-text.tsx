import type { ReactNode } from 'react';

/**
 * The text with the words that made the themes marked (<mark>). Spans are [start, end) UTF-16
 * offsets; overlapping spans are merged so each character is marked at most once.
 */
export function HighlightedText({ text, spans }: { text: string; spans: [number, number][] }) {
  const merged = mergeSpans(spans, text.length);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

function mergeSpans(spans: [number, number][], length: number): [number, number][] {
  const sorted = spans
    .map(([start, end]): [number, number] => [Math.max(0, start), Math.min(length, end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}
