// The one way text is folded before a rule or a model reads it: accents off (crews rarely type them,
// and "está" and "esta" must read alike), lower case, curly apostrophes straight, spaces collapsed.

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}
