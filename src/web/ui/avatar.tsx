import type { ReactElement } from "react";

const HUES = [18, 32, 150, 200, 340, 265, 95];

/** Initials on a warm tint derived from the name, so a face is recognisable without a photo. */
export function Avatar({ name, size = 40 }: { name: string; size?: number }): ReactElement {
  const initials =
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase() ?? "")
      .join("") || "?";
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  const hue = HUES[hash % HUES.length] ?? 18;
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{
        width: size,
        height: size,
        fontSize: size * 0.38,
        background: `hsl(${hue} 55% 88%)`,
        color: `hsl(${hue} 45% 26%)`,
      }}
    >
      {initials}
    </span>
  );
}
