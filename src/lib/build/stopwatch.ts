/** Milliseconds per step of a build pass, each step timed from the end of the one before. */
export function stopwatch() {
  const timings: Record<string, number> = {};
  let last = performance.now();
  return {
    timings,
    lap(step: string) {
      const now = performance.now();
      timings[step] = Math.round(now - last);
      last = now;
    },
    /** Times the next step from now, leaving out what came since the last lap. */
    restart() {
      last = performance.now();
    },
  };
}
