// The AWS Lambda entry point. Everything here runs once per cold start: the config (with the app
// secret read from Secrets Manager, see app/lambda/runtime.ts) and the app; migrations never run here
// (they run once per deploy, see template.yaml).
import { startApiLambda } from './app/lambda/runtime.ts'

export const handler = await startApiLambda()
