// Averages of the 1–5 interaction ratings from the summed signals. The level prefers the recent
// window because trust is about how things stand now; the trend needs both windows.
import type { ContactSignals } from "./signals.ts";

export interface RatingSummary {
  /** Average in the recent window, or null without ratings there. */
  recent: number | null;
  earlier: number | null;
  /** recent, else earlier, else null. */
  level: number | null;
  /** recent − earlier, or null unless both windows have ratings. */
  change: number | null;
}

export function summariseTrust(signals: ContactSignals): RatingSummary {
  return summarise(
    signals.trustRecentSum,
    signals.trustRecentCount,
    signals.trustEarlierSum,
    signals.trustEarlierCount,
  );
}

export function summariseResistance(signals: ContactSignals): RatingSummary {
  return summarise(
    signals.resistanceRecentSum,
    signals.resistanceRecentCount,
    signals.resistanceEarlierSum,
    signals.resistanceEarlierCount,
  );
}

function summarise(recentSum: number, recentCount: number, earlierSum: number, earlierCount: number) {
  const recent = recentCount > 0 ? recentSum / recentCount : null;
  const earlier = earlierCount > 0 ? earlierSum / earlierCount : null;
  return {
    recent,
    earlier,
    level: recent ?? earlier,
    change: recent !== null && earlier !== null ? recent - earlier : null,
  };
}
