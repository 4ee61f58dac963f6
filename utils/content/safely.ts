import { sharedSlot } from './shared-slot';

/** What a caught failure tells the background (utils/background/error-log.ts). */
export interface FailureReport {
  feature: string;
  message: string;
  stack?: string;
}

/** A page that makes a feature fail in a loop must not turn Candor into a message storm. */
const MAX_REPORTS_PER_PAGE = 10;

/** One per frame, also for the modules injected later (their bundles have their own copy of this file). */
const failures = sharedSlot('failures', () => ({ reporter: null as ((failure: FailureReport) => void) | null, reported: 0 }));

/** Where caught failures go besides the console; set once by the content script's start. */
export function reportFailuresTo(report: ((failure: FailureReport) => void) | null): void {
  failures.reporter = report;
  failures.reported = 0;
}

function describe(name: string, error: unknown): FailureReport {
  const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
  const stack = error instanceof Error && error.stack ? error.stack.slice(0, 2000) : undefined;
  return { feature: name.slice(0, 100), message, ...(stack ? { stack } : {}) };
}

function failed(name: string, error: unknown): void {
  console.warn(`[candor] ${name} failed:`, error);
  if (!failures.reporter || failures.reported >= MAX_REPORTS_PER_PAGE) return;
  failures.reported++;
  try {
    failures.reporter(describe(name, error));
  } catch {
    // Reporting is best effort; it must not throw into the page either.
  }
}

/**
 * Runs Candor code so that its errors never reach the page: a thrown error or rejected promise is
 * logged with the feature's name, reported to the background's error log and swallowed.
 */
export function safely(name: string, run: () => void | Promise<void>): void {
  try {
    // `() => void` also accepts callbacks that return a value (`() => list.push(x)`): only a promise is awaited.
    const result: unknown = run();
    if (result instanceof Promise) result.catch((error: unknown) => failed(name, error));
  } catch (error) {
    failed(name, error);
  }
}
