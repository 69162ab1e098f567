// What a PDF's text holds that is no text: Word's soft hyphens (U+00AD) and the hyphen it draws as
// several glyphs ("Call-\u00ad\u2010offs"), and the bullets of symbol fonts (Symbol, Wingdings), which
// have no Unicode meaning and come out as private-use characters or as the Latin letter sharing their
// code ("Ø" for Wingdings' arrow). Folded here so search and the answer read "call-offs" and a list item.

// Symbol and Wingdings glyphs that pdf.js cannot map land in the private-use area.
const SYMBOL_FONT_GLYPH = /[\uf000-\uf0ff]/g
// Wingdings' arrow bullet, read as Ø (alone, or beside its private-use twin), before text.
const LETTER_AS_BULLET = /^Ø•?(?=\s|$)/u

export function withPlainGlyphs(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/(?<=\p{L})-{2,}(?=\p{L})/gu, '-')
    .replace(SYMBOL_FONT_GLYPH, '•')
    .replace(LETTER_AS_BULLET, '•')
}
