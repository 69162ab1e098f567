// English or Spanish for texts too short for franc ("no voy", "ok thx"): a logistic regression on the
// labelled set's `lang` column. See app/text/language.ts for how the two are combined.
import type { LanguageModel } from '../text/language.ts'
import shippedLanguageModel from './language-model.json' with { type: 'json' }
import { deserializeModel, type LinearModel, predict, type SerializedModel } from './logistic-regression.ts'

let model: LinearModel<'en' | 'es'> | undefined

export function loadLanguageModel(): LinearModel<'en' | 'es'> {
  model ??= deserializeModel<'en' | 'es'>(shippedLanguageModel as SerializedModel)
  return model
}

export const languageModel: LanguageModel = {
  spanish: (text) => predict(loadLanguageModel(), text, { spelled: false }).find((p) => p.label === 'es')!.score
}
