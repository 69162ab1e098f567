// What a PDF's text holds that is no text: Word's soft hyphens (U+00AD) and the hyphen it draws as
// several glyphs ("Call-\u00ad\u2010offs"), and the bullets of symbol fonts (Symbol, Wingdings), which
// have no Unicode meaning and come out as private-use characters or as the Latin letter sharing their
// code ("Ø" for Wingdings' arrow), and ligatures a font maps to some other character. Folded here so search
// and the answer read "call-offs", a list item and "attendance".
import { isEnglishWord } from '../../text/spelling.ts'

// Symbol and Wingdings glyphs that pdf.js cannot map land in the private-use area.
const SYMBOL_FONT_GLYPH = /[\uf000-\uf0ff]/g
// Wingdings' arrow bullet, read as Ø (alone, or beside its private-use twin), before text.
const LETTER_AS_BULLET = /^Ø•?(?=\s|$)/u

// A ligature ("tt", "ff", "fi") whose glyph the font maps to no Unicode comes out as another character inside a
// word ("AEendance", "wriIen", "a>ribution"): a word no word list knows that becomes one with a ligature there is
// read as that word.
const LIGATURES = ['tt', 'ff', 'fi', 'fl', 'ffi', 'ffl', 'ft']
const ODD_INSIDE = /(?<![\p{L}\p{N}])([A-Z]?[a-z]*)([A-Z<>?=@^~|])([a-z]{2,})(?![\p{L}\p{N}])/gu

function withLigaturesRead(text: string): string {
  return text.replace(ODD_INSIDE, (token: string, before: string, odd: string, after: string) => {
    if (isEnglishWord(token) || (!before && odd >= 'A' && odd <= 'Z')) return token
    const read = LIGATURES.map((ligature) => before + ligature + after).find((word) => isEnglishWord(word))
    return read ?? token
  })
}

export function withPlainGlyphs(text: string): string {
  return withLigaturesRead(
    text
      .replace(/\u00ad/g, '')
      .replace(/[\u2010\u2011]/g, '-')
      .replace(/(?<=\p{L})-{2,}(?=\p{L})/gu, '-')
      .replace(SYMBOL_FONT_GLYPH, '•')
      .replace(LETTER_AS_BULLET, '•')
  )
}
