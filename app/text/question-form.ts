// Whether a text is put as a question: a question mark, or a question word or auxiliary first. Only the
// guarantees use it (a danger or complaint rule stands unless the text is plainly a question); what
// a message means is the intent model's to say.
import { fold } from './fold.ts'

const QUESTION_FORM =
  /\?|^¿|^(how|what|whats|what's|when|where|who|whom|which|why|do|does|did|is|are|can|could|should|may|am i|will|would|if|in case|any ?one know|como|que|cual|cuando|donde|quien|cuanto|cuanta|cuantos|cuantas|puedo|se puede|hay|me pueden|tengo que|debo|si)\b/

export function isQuestionForm(text: string): boolean {
  return QUESTION_FORM.test(fold(text))
}

// A question anywhere in the text: a question mark, or a question word opening a clause ("sick today.
// do i need a note", "since i slipped in march, can i still...").
const ASKS_ANYWHERE =
  /\?|(^|[.!,;]\s*|\b(and|but|so|y|pero)\s+)(do|does|did|can|could|should|is|am|will|would|how|what|who|where|when|tengo que|puedo|debo|todavia puedo|aun puedo|se puede|quien|como|donde|cuando|que tengo)\b/

export function asksAnywhere(text: string): boolean {
  return ASKS_ANYWHERE.test(fold(text))
}
