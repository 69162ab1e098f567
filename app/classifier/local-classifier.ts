// The classifier that runs with no cloud account: a logistic-regression model trained on the data set
// in ./data (see scripts/train-classifier.ts), with rules on top so safety and hr_sensitive messages
// are never missed.
import type { Logger } from '../lib/logger.ts'
import { deserializeModel, type LinearModel, predict, type SerializedModel } from './logistic-regression.ts'
import shippedModel from './model.json' with { type: 'json' }
import { isPleasantry, matchHrSensitive, matchSafety } from './rules.ts'
import { type Classification, type Classifier, ESCALATION_BY_LABEL, type Label } from './types.ts'

// Recall over precision: a second-best "safety" this likely still counts as safety.
const SAFETY_MIN_SCORE = 0.25
const HR_MIN_SCORE = 0.3

let defaultModel: LinearModel<Label> | undefined
export function loadShippedModel(): LinearModel<Label> {
  defaultModel ??= deserializeModel<Label>(shippedModel as SerializedModel)
  return defaultModel
}

export function classifyText(text: string, model: LinearModel<Label> = loadShippedModel()): Classification {
  const result = (label: Label, score: number, classifier: string): Classification => ({
    label,
    score: Math.round(score * 1000) / 1000,
    escalation: ESCALATION_BY_LABEL[label],
    classifier
  })

  if (!text.trim()) return result('other', 1, 'rules:empty')
  const safetyRule = matchSafety(text)
  if (safetyRule) return result('safety', 1, `rules:${safetyRule}`)

  const ranked = predict(model, text)
  const scoreOf = (label: Label) => ranked.find((r) => r.label === label)!.score
  if (scoreOf('safety') >= SAFETY_MIN_SCORE) return result('safety', scoreOf('safety'), 'local-model')

  const hrRule = matchHrSensitive(text)
  if (hrRule) return result('hr_sensitive', 1, `rules:${hrRule}`)
  if (scoreOf('hr_sensitive') >= HR_MIN_SCORE) return result('hr_sensitive', scoreOf('hr_sensitive'), 'local-model')

  if (isPleasantry(text)) return result('smalltalk', 1, 'rules:pleasantry')
  const best = ranked[0]!
  return result(best.label, best.score, 'local-model')
}

export function createLocalClassifier(_log?: Logger): Classifier {
  return {
    name: 'local',
    async classify(text) {
      return classifyText(text)
    },
    async check() {
      const model = loadShippedModel()
      const probe = classifyText('I cut my hand on the slicer', model)
      if (probe.label !== 'safety') throw new Error('local classifier self-test failed')
      return { mode: 'local model + safety rules', detail: `${model.weights.size} features` }
    }
  }
}
