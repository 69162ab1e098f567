// A handbook handed out as one Word file or one PDF answers as well as the same handbook as Markdown
// pages. test/fixtures/single-file/copper-pot.docx and .pdf were made from eval/handbooks/copper-pot
// by `tsx scripts/single-file-handbook.ts eval/handbooks/copper-pot test/fixtures/single-file
// copper-pot` (marked, then LibreOffice): one chapter per page, tables as Word tables, the PDF with
// bookmarks. Every second question of its set keeps the three runs to about a minute.
import t from 'tap'
import { evaluateAnswers, readCases } from '../bench/answer-eval.ts'

const HANDBOOK = new URL('../eval/handbooks/copper-pot', import.meta.url).pathname
const FORMS = {
  Markdown: HANDBOOK,
  Word: new URL('fixtures/single-file/copper-pot.docx', import.meta.url).pathname,
  PDF: new URL('fixtures/single-file/copper-pot.pdf', import.meta.url).pathname
}
const cases = (await readCases(new URL('../eval/answers-copper-pot.jsonl', import.meta.url).pathname)).filter(
  (_, i) => i % 2 === 0
)

t.test('one .docx and one PDF answer within 5 points of the same handbook in Markdown', async (t) => {
  const figures: Record<string, { fact: number; declined: number }> = {}
  for (const [form, corpus] of Object.entries(FORMS)) {
    const { figures: f } = await evaluateAnswers(corpus, cases)
    figures[form] = { fact: f.factRate, declined: f.declineRate }
    t.comment(
      `${form}: fact in the reply ${f.factRate}, fact in the top 5 chunks ${f.factInTop5}, declined ${f.declineRate}`
    )
  }
  const markdown = figures.Markdown!
  t.ok(markdown.fact >= 0.85, `Markdown answers (${markdown.fact})`)
  for (const form of ['Word', 'PDF']) {
    t.ok(
      Math.abs(figures[form]!.fact - markdown.fact) <= 0.05,
      `${form}: fact ${figures[form]!.fact} vs ${markdown.fact}`
    )
    t.ok(figures[form]!.declined >= markdown.declined - 0.2, `${form}: declined ${figures[form]!.declined}`)
  }
})
