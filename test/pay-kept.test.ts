// Pay kept back told as going on, or waved away when asked, is a complaint for HR; pay going wrong once, or asked
// about, stays a pay problem for the manager or a question.
import t from 'tap'
import { classifyText } from '../app/classifier/local-classifier.ts'
import { fold } from '../app/text/fold.ts'
import { payKeptTold } from '../app/text/pay-kept.ts'
import { holdsFor } from './fixtures/tables.ts'

const KEPT = [
  'i worked 6 hrs overtime last pay period and its not on my check. 2nd time this happened',
  'no me pagaron las horas extras de la semana pasada y cuando pregunte me dijeron q no anduviera molestando',
  'otra vez no me pagaron el overtime',
  'my tips were missing from my check for the second time',
  'is it normal that i didnt get paid for the holiday again'
]
const NOT_KEPT = [
  'my overtime isnt on my check',
  'when do we get paid again?',
  'can i get my check early again',
  'el overtime lo pagan en el mismo cheque o hasta el siguiente',
  'do we get paid every single check for overtime or no'
]

t.test('pay kept, told as going on or waved away', async (t) => {
  holdsFor(t, (text) => payKeptTold(fold(text)), KEPT, NOT_KEPT)
})

t.test('a pay problem the model reads, told as going on, is a complaint; once, or asked, it is not', async (t) => {
  for (const text of KEPT) t.equal(classifyText(text).label, 'hr_sensitive', text)
  for (const text of NOT_KEPT) t.not(classifyText(text).label, 'hr_sensitive', `not: ${text}`)
})
