// Front matter, YAML only. gray-matter also reads "---js" and "---javascript" blocks by evaluating
// them, and "---coffee" by whatever engine is registered: a handbook file from HR or a vendor must
// never run code in the process that holds the database URL. Any language but YAML is refused before
// gray-matter sees the file, and every other engine is replaced by one that refuses, in case the two
// ever read the opening line differently.
import matter from 'gray-matter'
import { ParseError } from './types.ts'

const YAML = new Set(['', 'yaml', 'yml'])

const refuse = (language: string) => () => {
  throw new ParseError(`front matter in ${language} is refused: only YAML front matter is read`)
}

const ENGINES = {
  javascript: refuse('JavaScript'),
  js: refuse('JavaScript'),
  coffee: refuse('CoffeeScript'),
  json: refuse('JSON'),
  toml: refuse('TOML')
}

export interface FrontMatter {
  data: Record<string, unknown>
  content: string
}

/** The YAML front matter and the body of a Markdown file; `name` (the file's) is in every error. */
export function readFrontMatter(source: string, name: string): FrontMatter {
  const language = matter.test(source) ? matter.language(source).name.toLowerCase() : ''
  if (!YAML.has(language)) {
    throw new ParseError(`${name}: front matter in "${language}" is refused: only YAML front matter is read`)
  }
  try {
    // Options (even these) also keep gray-matter from caching the file's text for the process's life.
    const parsed = matter(source, { language: 'yaml', engines: ENGINES })
    const data = parsed.data
    return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, content: parsed.content }
  } catch (error) {
    if (error instanceof ParseError) throw new ParseError(`${name}: ${error.message}`)
    throw new ParseError(`${name}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
}
