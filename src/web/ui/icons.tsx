// A handful of line icons, inline so the app needs no icon font or external host.
import type { ReactElement } from "react";

const PATHS = {
  today: "M4 6h16M4 6v13a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1V6M8 3v5m8-5v5M8 13h3",
  people:
    "M16 19v-1.5a3.5 3.5 0 0 0-3.5-3.5h-5A3.5 3.5 0 0 0 4 17.5V19M10 10.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm10 8.5v-1.5a3.5 3.5 0 0 0-2.5-3.35M15 4.6a3 3 0 0 1 0 5.8",
  companies: "M4 20V6l7-3v17M11 9h8v11M7 8h1m-1 4h1m-1 4h1m7-4h1m-1 4h1M2 20h20",
  log: "M12 5v14m-7-7h14",
  search: "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zm9 2-4.2-4.2",
  print: "M7 9V3h10v6M7 17H5a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-2M7 14h10v7H7z",
  back: "M15 18l-6-6 6-6",
  check: "M5 12.5l4.5 4.5L19 7.5",
  close: "M6 6l12 12M18 6L6 18",
  heart: "M12 20s-7-4.4-7-9.5A4 4 0 0 1 12 8a4 4 0 0 1 7 2.5C19 15.6 12 20 12 20z",
  edit: "M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4",
  briefing: "M6 3h9l4 4v14H6zM14 3v5h5M9 12h7m-7 4h7",
  deals: "M4 8h16v11H4zM9 8V5h6v3M4 13h16",
  chart: "M4 20V4M4 20h16M8 16v-4m4 4V8m4 8v-6",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 20 }: { name: IconName; size?: number }): ReactElement {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
