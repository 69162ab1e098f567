// A text-classification model (DistilBERT fine-tuned on our labels) behind a SageMaker endpoint with
// the Hugging Face inference container. The local rules run on every message as well, so an urgent
// message is never missed because the model disagreed or the endpoint was down (the pipeline falls
// back to the local classifier on errors and timeouts).
import type { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime'
import type { Config } from '../config.ts'
import { matchHrConcern } from '../text/hr-rules.ts'
import { SURE } from './local-classifier.ts'
import { matchDanger } from '../text/safety-rules.ts'
import { type Classification, type Classifier, ESCALATION_BY_LABEL, isLabel, type Label } from './types.ts'

interface Prediction {
  label: string
  score: number
}

/** The container answers `[{label, score}]`, `[[{label, score}, ...]]` or `{label, score}`; the best one. */
export function bestPrediction(body: unknown): Prediction {
  const flat = (Array.isArray(body) ? body.flat(2) : [body]) as unknown[]
  const predictions = flat.filter(
    (p): p is Prediction =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as Prediction).label === 'string' &&
      typeof (p as Prediction).score === 'number' &&
      Number.isFinite((p as Prediction).score)
  )
  if (predictions.length === 0) throw new Error('the endpoint returned no {label, score} prediction')
  return predictions.reduce((best, p) => (p.score > best.score ? p : best))
}

export function mapLabel(modelLabel: string, labelMap: Record<string, string>): Label {
  const mapped = labelMap[modelLabel] ?? modelLabel
  return isLabel(mapped) ? mapped : 'other'
}

export function createSageMakerClassifier(config: Config): Classifier {
  const labelMap = config.CLASSIFIER_LABEL_MAP
    ? (JSON.parse(config.CLASSIFIER_LABEL_MAP) as Record<string, string>)
    : {}
  let client:
    | Promise<{
        client: SageMakerRuntimeClient
        Invoke: typeof import('@aws-sdk/client-sagemaker-runtime').InvokeEndpointCommand
      }>
    | undefined
  const load = () => {
    // Loaded on first use: most cold starts answer /validate or a webhook before they need it.
    client ??= import('@aws-sdk/client-sagemaker-runtime').then(
      ({ SageMakerRuntimeClient: Client, InvokeEndpointCommand }) => ({
        // One retry at most. Without explicit credentials the SDK's default chain (the Lambda role) is used.
        client: new Client({
          region: config.AWS_REGION,
          maxAttempts: 2,
          ...(config.SAGEMAKER_ENDPOINT_URL ? { endpoint: config.SAGEMAKER_ENDPOINT_URL } : {}),
          ...(config.AWS_ACCESS_KEY_ID && config.AWS_SECRET_ACCESS_KEY
            ? {
                credentials: {
                  accessKeyId: config.AWS_ACCESS_KEY_ID,
                  secretAccessKey: config.AWS_SECRET_ACCESS_KEY,
                  sessionToken: config.AWS_SESSION_TOKEN
                }
              }
            : {})
        }),
        Invoke: InvokeEndpointCommand
      })
    )
    return client
  }
  const invoke = async (text: string, signal?: AbortSignal): Promise<Prediction> => {
    const { client: runtime, Invoke } = await load()
    const response = await runtime.send(
      new Invoke({
        EndpointName: config.SAGEMAKER_ENDPOINT_NAME,
        ContentType: 'application/json',
        Accept: 'application/json',
        Body: new TextEncoder().encode(JSON.stringify({ inputs: text, parameters: { top_k: null } }))
      }),
      { abortSignal: signal }
    )
    let body: unknown
    try {
      body = JSON.parse(new TextDecoder().decode(response.Body))
    } catch {
      throw new Error('the endpoint returned something that is not JSON')
    }
    return bestPrediction(body)
  }

  return {
    name: 'sagemaker',
    async classify(text, options = {}): Promise<Classification> {
      const prediction = await invoke(text.slice(0, 1000), options.signal)
      let label = mapLabel(prediction.label, labelMap)
      let classifier = 'sagemaker'
      // The danger rules run whatever the endpoint said: its doubtful "safety" must not hide a rule's.
      const safetyRule = matchDanger(text)
      const hrRule = label === 'safety' || label === 'hr_sensitive' || safetyRule ? null : matchHrConcern(text)
      if (safetyRule) [label, classifier] = ['safety', `rules:${safetyRule}`]
      else if (hrRule) [label, classifier] = ['hr_sensitive', `rules:${hrRule}`]
      const byModel = classifier === 'sagemaker'
      // An emergency needs evidence: the endpoint's doubtful "safety" is no emergency (the message is
      // then routed by what it does: an unsure report still reaches the manager, at normal priority).
      if (byModel && label === 'safety' && prediction.score < SURE.safety)
        [label, classifier] = ['other', 'sagemaker:unsure']
      return {
        label,
        score: byModel ? Math.round(prediction.score * 1000) / 1000 : 1,
        escalation: ESCALATION_BY_LABEL[label],
        classifier,
        sure:
          !byModel ||
          (classifier === 'sagemaker' &&
            prediction.score >= (label === 'hr_sensitive' ? SURE.hr_sensitive : SURE.other))
      }
    },
    async check(signal) {
      const prediction = await invoke('hello', signal)
      return {
        mode: `SageMaker endpoint ${config.SAGEMAKER_ENDPOINT_NAME} + local safety rules`,
        detail: `probe: ${prediction.label}`
      }
    },
    async close() {
      if (client) (await client).client.destroy()
    }
  }
}
