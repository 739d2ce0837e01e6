import { type PointerEvent as ReactPointerEvent, useEffect, useRef, useState } from "react";

export interface DragState {
  dealId: string;
  fromStage: string;
  dx: number;
  dy: number;
  /** The stage column under the pointer, if any. */
  overStage: string | null;
}

/** Pixels the pointer must travel before a press becomes a drag (a click stays a click). */
const DRAG_THRESHOLD = 6;

function stageAt(x: number, y: number): string | null {
  const element = document.elementFromPoint(x, y);
  return element?.closest<HTMLElement>("[data-stage]")?.dataset.stage ?? null;
}

/**
 * Drag and drop of cards between stage columns with pointer events (mouse and pen). Touch keeps
 * scrolling the page: on a phone the stage select on each card is the way to move a deal, as it is
 * for the keyboard. Escape cancels a drag.
 */
export function useBoardDrag(onDrop: (dealId: string, stage: string) => void) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const press = useRef<{ dealId: string; fromStage: string; x: number; y: number; active: boolean } | null>(
    null,
  );
  const latestDrop = useRef(onDrop);
  latestDrop.current = onDrop;

  useEffect(() => {
    const move = (event: PointerEvent) => {
      const p = press.current;
      if (!p) return;
      const dx = event.clientX - p.x;
      const dy = event.clientY - p.y;
      if (!p.active && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      p.active = true;
      setDrag({
        dealId: p.dealId,
        fromStage: p.fromStage,
        dx,
        dy,
        overStage: stageAt(event.clientX, event.clientY),
      });
    };
    const up = (event: PointerEvent) => {
      const p = press.current;
      press.current = null;
      if (!p?.active) return;
      setDrag(null);
      const target = stageAt(event.clientX, event.clientY);
      if (target && target !== p.fromStage) latestDrop.current(p.dealId, target);
    };
    const cancel = (event: KeyboardEvent | PointerEvent) => {
      if (event instanceof KeyboardEvent && event.key !== "Escape") return;
      press.current = null;
      setDrag(null);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
    window.addEventListener("pointercancel", cancel);
    window.addEventListener("keydown", cancel);
    return () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      window.removeEventListener("pointercancel", cancel);
      window.removeEventListener("keydown", cancel);
    };
  }, []);

  const pressCard = (dealId: string, fromStage: string) => (event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0 || event.pointerType === "touch") return;
    if ((event.target as HTMLElement).closest("a, button, select, input, textarea, label")) return;
    // No text selection while the card travels.
    event.preventDefault();
    press.current = { dealId, fromStage, x: event.clientX, y: event.clientY, active: false };
  };

  return { drag, pressCard };
}
