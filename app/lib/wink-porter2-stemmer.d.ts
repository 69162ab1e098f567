// The package ships no types: one function from a word to its stem.
declare module 'wink-porter2-stemmer' {
  export default function stem(word: string): string
}
