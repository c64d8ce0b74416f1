import { useEffect, useRef, useState } from 'preact/hooks';

/** Quiet time after the last change of a choice before it is saved. */
export const SETTLE_CHOICE_MS = 500;

/**
 * A `<select>`'s value that the user is still choosing: shown at once, passed on once they stop
 * (a keyboard user arrows through several options; each would otherwise be saved, and an answer
 * for an earlier one could put the select back under them).
 */
export function useSettledChoice(stored: string, onSettled: (value: string) => void): [string, (value: string) => void] {
  const [pending, setPending] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(onSettled);
  latest.current = onSettled;
  useEffect(() => () => clearTimeout(timer.current), []);
  // What is stored caught up with the user's pick: nothing pending any more.
  useEffect(() => {
    if (pending !== null && pending === stored && timer.current === undefined) setPending(null);
  }, [stored, pending]);
  const choose = (value: string) => {
    setPending(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      latest.current(value);
    }, SETTLE_CHOICE_MS);
  };
  return [pending ?? stored, choose];
}
