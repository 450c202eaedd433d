/** Hands the browser a file made in the page (a CSV, an SVG), as a download under this name. */
export function downloadFile(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Later, not now: the browser reads the file after this click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
