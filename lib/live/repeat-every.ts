// A background interval that never keeps the process alive (shutdown waits for nothing).
export function repeatEvery(seconds: number, run: () => void): NodeJS.Timeout {
  const timer = setInterval(run, seconds * 1000);
  timer.unref();
  return timer;
}
