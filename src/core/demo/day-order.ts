import type { IsoDate } from "../dates.ts";

// ISO days compare as strings; named helpers say so (and keep linters from suggesting Math.max).

export function laterDay(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function earlierDay(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
