/**
 * The map on the page as a file of its own: links made absolute (a file has no site to be
 * relative to), and the page's class names and router markers left out (they mean nothing there).
 */
export function svgFile(svg: SVGSVGElement, origin: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    element.removeAttribute('class');
    element.removeAttribute('data-discover');
  }
  for (const link of copy.querySelectorAll('a[href]')) link.setAttribute('href', new URL(link.getAttribute('href')!, origin).href);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}
