// The one way text is folded before a rule or a model reads it: accents off (crews rarely type them,
// and "está" and "esta" must read alike), lower case, curly apostrophes straight, quotes around words
// dropped (hes gonna 'handle' me reads as hes gonna handle me), spaces collapsed.

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/(^|[\s(])['"“”]+([^'"“”\s][^'"“”]*?)['"“”]+(?=$|[\s.,!?;:)])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
}
