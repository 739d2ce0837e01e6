// Series colours with at least 3:1 contrast against the white card and the cream page (WCAG 1.4.11),
// ordered so neighbours differ in hue and lightness; lines also differ by dash pattern, so no
// series is told apart by colour alone.

export const SERIES_COLOURS = ["#b0502a", "#3d6a99", "#356348", "#8a6a1f", "#7a4a86"] as const;
export const SERIES_DASHES = ["", "7 4", "2 4", "10 4 2 4", "4 2"] as const;

/** Warmth bands from cold to close: blue to terracotta, dark–light–light–dark so stacks read apart. */
export const BAND_COLOURS: Record<string, string> = {
  cold: "#2f5d7c",
  cool: "#6a8fb0",
  warm: "#c2703d",
  close: "#8c3d1d",
};

export function seriesColour(key: string, index: number): string {
  return BAND_COLOURS[key] ?? SERIES_COLOURS[index % SERIES_COLOURS.length] ?? "#b0502a";
}

export function seriesDash(index: number): string {
  return SERIES_DASHES[index % SERIES_DASHES.length] ?? "";
}
