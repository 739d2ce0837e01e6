import { useEffect, useRef } from "react";

interface ShortcutOptions {
  openPalette: () => void;
  navigate: (to: string) => void;
  paused: boolean;
}

/**
 * Ctrl/Cmd-K opens the palette anywhere; the single-letter shortcuts (g h, g k, g f, n) only when
 * no text field has focus, so typing a name never navigates away.
 */
export function useShortcuts(options: ShortcutOptions): void {
  // The listener is attached once; it reads the latest callbacks through the ref so a pending "g"
  // survives re-renders.
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    let pendingG = Number.NEGATIVE_INFINITY;
    const onKey = (event: KeyboardEvent) => {
      const { openPalette, navigate, paused } = latest.current;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        openPalette();
        return;
      }
      if (paused || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (event.timeStamp - pendingG < 1500) {
        pendingG = Number.NEGATIVE_INFINITY;
        if (key === "h") navigate("/");
        else if (key === "k") navigate("/people");
        else if (key === "f") navigate("/companies");
        return;
      }
      if (key === "g") pendingG = event.timeStamp;
      else if (key === "n") navigate("/log");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
}
