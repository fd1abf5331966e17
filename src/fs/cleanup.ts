/**
 * Clean-ups that must run when the process is stopped by SIGTERM, SIGINT or SIGHUP (temporary
 * files and directories). Library code registers them; bin/bulletin.js, the only place that
 * exits, runs them synchronously in its signal handler and then lets the signal end the process.
 */
const tasks = new Set<() => void>();

/** Registers a synchronous clean-up; returns the function that unregisters it. */
export function onSignalCleanup(task: () => void): () => void {
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
}

/** Runs every registered clean-up once (errors ignored), newest first. */
export function runSignalCleanups(): void {
  for (const t of [...tasks].reverse()) {
    tasks.delete(t);
    try {
      t();
    } catch {
      // best effort: the process is being stopped
    }
  }
}

/** For tests: how many clean-ups are registered. */
export function pendingCleanups(): number {
  return tasks.size;
}
