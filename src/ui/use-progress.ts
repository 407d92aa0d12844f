import { useEffect, useMemo, useRef, useState } from "react";
import type { ProgressPort } from "../core/progress/port.js";
import type { PackSummary } from "../io/pack-summaries.js";
import type { HomeStats } from "./screens/home/home-screen.js";

/**
 * The progress store, as the app is handed it: open already (a quiz started from the command
 * line), or still opening (the home screen, which paints before the store's code is loaded).
 */
export type ProgressSource = ProgressPort | Promise<ProgressPort>;

/** The store once open, and a way to wait for it. */
export interface AppProgress {
  ready: Promise<ProgressPort>;
  /**
   * The open store. Only the screens reached through `ready` (a pack opened, a quiz started)
   * ask for it, so it is open by then; asking earlier is a bug, and says so.
   */
  current(): ProgressPort;
}

export function useAppProgress(source: ProgressSource): AppProgress {
  const open = useRef<ProgressPort | undefined>(isPort(source) ? source : undefined);
  return useMemo(() => {
    const ready = Promise.resolve(source).then((port) => {
      open.current = port;
      return port;
    });
    return {
      ready,
      current() {
        if (!open.current) throw new Error("the progress store was used before it was open");
        return open.current;
      },
    };
  }, [source]);
}

/**
 * Each pack's last score and due count, for the home screen. Reading the whole log and replaying
 * its schedule takes time on a long history (a second for 100,000 answers), so they are worked
 * out once the store is open, after the first paint (the list shows at once, the figures a moment
 * later), and again each time the reader comes back home, when a quiz may have changed them.
 */
export function useHomeStats(
  progress: AppProgress,
  packs: readonly PackSummary[],
  now: () => number,
  atHome: boolean,
): HomeStats | undefined {
  const [stats, setStats] = useState<HomeStats | undefined>(undefined);
  useEffect(() => {
    if (!atHome) return;
    let timer: NodeJS.Timeout | undefined;
    let cancelled = false;
    progress.ready.then((port) => {
      if (cancelled) return;
      // A turn of the event loop first, so that the frame just rendered reaches the terminal.
      timer = setTimeout(() => {
        const at = new Date(now());
        const entries = packs.map((p) => [
          p.id,
          { last: port.lastScore(p.id), due: port.dueCount(p.id, at) },
        ]);
        setStats(new Map(entries as [string, { due: number }][]));
      }, 0);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [progress, packs, now, atHome]);
  return stats;
}

function isPort(source: ProgressSource): source is ProgressPort {
  return typeof (source as Promise<ProgressPort>).then !== "function";
}
