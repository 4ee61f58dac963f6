/** Saves a value as a pretty-printed JSON file through a temporary object URL. */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled, or the download can find the URL gone.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "2026-11-25" for file names: stable and sortable in every locale. */
export function fileDate(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
