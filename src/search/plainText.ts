const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Text content of a small, sanitised HTML fragment (an annotation note). */
export function plainText(html: string): string {
  return html
    .replace(/<\/(p|li|h\d|blockquote|td|th)>|<br\s*\/?>/g, ' ') // block ends separate words…
    .replace(/<[^>]+>/g, '') // …inline tags (links, emphasis) do not: 和<a>低保</a>标准 → 和低保标准
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => entities[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}
