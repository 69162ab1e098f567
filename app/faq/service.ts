// Reviewing suggested FAQs (HR and ops): an approved one is written into the knowledge base as a
// document of its own, "faq:<id>", titled "FAQ", so the next employee who asks the same thing gets the
// manager's answer at once (cited as FAQ); a rejected one is kept out, and removed if it was in.
// Approving is idempotent: the same question and answer approved again change nothing.
import { documents } from '../../drizzle/schema.ts'
import type { Viewer } from '../auth/escalation-access.ts'
import type { Db } from '../db/database.ts'
import { storeDocument, refreshKnowledgeTerms, removeDocument } from '../knowledge/documents.ts'
import { sha256 } from '../lib/hash.ts'
import { badRequest, notFound } from '../lib/errors.ts'
import { eq } from 'drizzle-orm'
import { type FaqRow, findFaq, updateFaq } from './repository.ts'

export interface FaqDeps {
  db: Db
  now: () => Date
  /** Brings a vector store up to date after the knowledge base changed (embeddings configured). */
  syncVectors?: () => Promise<unknown>
}

export interface FaqEdits {
  question?: string
  answer?: string
  /** Answer every location, not only the one of the employee who asked. */
  allLocations?: boolean
}

export function faqSource(id: number): string {
  return `faq:${id}`
}

/** Reviews one FAQ `reviewer` may see (404 otherwise, as for one that does not exist). */
export async function approveFaq(deps: FaqDeps, reviewer: Viewer, id: number, edits: FaqEdits): Promise<FaqRow> {
  const faq = await findFaq(deps.db, reviewer, id)
  if (!faq) throw notFound(`no FAQ ${id}`)
  const question = edits.question?.trim() || faq.question
  const answer = edits.answer?.trim() || faq.answer
  if (!question || !answer) throw badRequest('an FAQ needs a question and an answer')
  const location = edits.allLocations ? null : faq.location
  const unchanged =
    faq.status === 'approved' && faq.question === question && faq.answer === answer && faq.location === location
  if (unchanged && faq.documentId !== null) return faq

  const source = faqSource(id)
  // The question is the section's heading: search finds it there, and the answer is what is quoted.
  await storeDocument(
    deps.db,
    source,
    {
      title: 'FAQ',
      sections: [{ heading: question, text: answer }],
      keywords: question,
      locations: location ? [location] : []
    },
    sha256(`${question}\n${answer}\n${location ?? ''}`)
  )
  const [doc] = await deps.db.select({ id: documents.id }).from(documents).where(eq(documents.source, source))
  const at = deps.now()
  await updateFaq(deps.db, id, {
    status: 'approved',
    question,
    answer,
    location,
    reviewedById: reviewer.personId ?? null,
    reviewedAt: at,
    documentId: doc!.id,
    updatedAt: at
  })
  await knowledgeChanged(deps)
  return (await findFaq(deps.db, reviewer, id))!
}

export async function rejectFaq(deps: FaqDeps, reviewer: Viewer, id: number): Promise<FaqRow> {
  const faq = await findFaq(deps.db, reviewer, id)
  if (!faq) throw notFound(`no FAQ ${id}`)
  if (faq.status === 'rejected') return faq
  const at = deps.now()
  await updateFaq(deps.db, id, {
    status: 'rejected',
    reviewedById: reviewer.personId ?? null,
    reviewedAt: at,
    documentId: null,
    updatedAt: at
  })
  if (await removeDocument(deps.db, faqSource(id))) await knowledgeChanged(deps)
  return (await findFaq(deps.db, reviewer, id))!
}

async function knowledgeChanged(deps: FaqDeps): Promise<void> {
  await refreshKnowledgeTerms(deps.db)
  await deps.syncVectors?.()
}
