import type { IsoDate } from "../dates.ts";
import type { Localized } from "../locale.ts";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "06.03.2028" / "6 Mar 2028". */
export function formatDay(day: IsoDate): Localized {
  const [y, m, d] = day.split("-");
  return { de: `${d}.${m}.${y}`, en: `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}` };
}
