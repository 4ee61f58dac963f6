/**
 * Runs Candor code so that its errors never reach the page: a thrown error or rejected promise is
 * logged with the feature's name and swallowed.
 */
export function safely(name: string, run: () => void | Promise<void>): void {
  try {
    const result = run();
    if (result) result.catch((error: unknown) => console.warn(`[candor] ${name} failed:`, error));
  } catch (error) {
    console.warn(`[candor] ${name} failed:`, error);
  }
}
