import { afterEach, expect, test, vi } from 'vitest';
import { startLifetime } from '../src/content/lifetime';

afterEach(() => vi.useRealTimers());

// A list that re-renders schedules timers again and again; each left a listener on the lifetime's
// signal until the tab closed (the bench's add-and-remove cycles counted two more every cycle).
test('timers leave no listener behind, fire while the lifetime lasts, and none fires after it ends', () => {
  vi.useFakeTimers();
  const lifetime = startLifetime();
  const listen = vi.spyOn(lifetime.signal, 'addEventListener');
  const fired: number[] = [];
  for (let i = 0; i < 100; i++) lifetime.setTimeout(() => fired.push(i), 10);
  expect(listen).not.toHaveBeenCalled();
  vi.advanceTimersByTime(10);
  expect(fired).toHaveLength(100);

  lifetime.setTimeout(() => fired.push(-1), 10);
  lifetime.end();
  vi.advanceTimersByTime(10);
  expect(fired).toHaveLength(100);
});
