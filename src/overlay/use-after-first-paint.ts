import { useEffect, useState } from 'preact/hooks';

/** In a tab the browser does not draw (a background tab), frames wait: the timer stands in. */
const AT_THE_LATEST_MS = 100;

/**
 * False until the browser has drawn what the component showed first, then true (at once when
 * `defer` is false). What waits for it is laid out in a frame of its own: on a large page, the panel
 * drawn whole was one task over 50 ms (its layout and the page's around it); header first, then the
 * details, are two shorter ones.
 */
export function useAfterFirstPaint(defer: boolean): boolean {
  const [painted, setPainted] = useState(!defer);
  useEffect(() => {
    if (painted) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => setPainted(true);
    // A frame's callbacks run before it is drawn; a task queued from one runs after.
    const frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      timer = setTimeout(done, 0);
    });
    timer = setTimeout(done, AT_THE_LATEST_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
