// Starts the local imitations a test needs, closes them in teardown, and gives the settings that point
// the app's real SDKs at them.
import { OPENAI_KEY, type OpenAiImitation, startOpenAi } from './openai.ts'
import { PINECONE_KEY, type PineconeImitation, startPinecone } from './pinecone.ts'
import { LABEL_MAP, type SageMakerImitation, startSageMaker } from './sagemaker.ts'
import { type SecretsManagerImitation, startSecretsManager } from './secrets-manager.ts'
import { ACCOUNT_SID, AUTH_TOKEN, startTwilio, type TwilioImitation } from './twilio.ts'

interface Imitations {
  openai: OpenAiImitation
  pinecone: PineconeImitation
  sagemaker: SageMakerImitation
  secretsManager: SecretsManagerImitation
  twilio: TwilioImitation
}

export type Provider = keyof Imitations

const START: { [P in Provider]: () => Promise<Imitations[P]> } = {
  openai: startOpenAi,
  pinecone: startPinecone,
  sagemaker: () => startSageMaker('sms-classifier'),
  secretsManager: startSecretsManager,
  twilio: startTwilio
}

const SETTINGS: { [P in Provider]: (imitation: Imitations[P]) => Record<string, string> } = {
  openai: (openai) => ({ OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: openai.url }),
  pinecone: (pinecone) => ({
    VECTOR_STORE: 'pinecone',
    PINECONE_API_KEY: PINECONE_KEY,
    PINECONE_INDEX_HOST: pinecone.url
  }),
  sagemaker: (sagemaker) => ({
    CLASSIFIER: 'sagemaker',
    SAGEMAKER_ENDPOINT_NAME: 'sms-classifier',
    CLASSIFIER_LABEL_MAP: LABEL_MAP,
    SAGEMAKER_ENDPOINT_URL: sagemaker.url,
    AWS_ACCESS_KEY_ID: 'AKIATEST',
    AWS_SECRET_ACCESS_KEY: 'secret'
  }),
  secretsManager: (secretsManager) => ({
    SECRETS_MANAGER_ENDPOINT_URL: secretsManager.url,
    AWS_ACCESS_KEY_ID: 'AKIATEST',
    AWS_SECRET_ACCESS_KEY: 'secret'
  }),
  // The same auth token signs Twilio's webhooks and authenticates our REST calls.
  twilio: (twilio) => ({
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_API_BASE_URL: twilio.url
  })
}

export async function startImitations<P extends Provider>(
  t: { teardown: (fn: () => unknown) => void },
  ...providers: P[]
): Promise<Pick<Imitations, P> & { env: Record<string, string> }> {
  const started = await Promise.all(providers.map((p) => START[p]()))
  t.teardown(() => Promise.all(started.map((imitation) => imitation.close())))
  const imitations = Object.fromEntries(providers.map((p, i) => [p, started[i]])) as unknown as Pick<Imitations, P>
  const env = Object.assign(
    {},
    ...providers.map((p) => (SETTINGS[p] as (i: unknown) => Record<string, string>)(started[providers.indexOf(p)]))
  )
  return { ...imitations, env }
}
