import type { Localized } from "../locale.ts";

function groupThousands(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * "1.234,56 €" / "€1,234.56". Hand-made rather than Intl so the exact texts are stable across
 * runtimes (Intl inserts a no-break space whose presence varies).
 */
export function formatEuro(cents: number): Localized {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, "0");
  return {
    de: `${sign}${groupThousands(euros, ".")},${rest} €`,
    en: `${sign}€${groupThousands(euros, ",")}.${rest}`,
  };
}
