// The AWS Lambda entry point. Everything here runs once per cold start; migrations never run here
// (they run once per deploy, see template.yaml).
import { buildApp } from './app/app.ts'
import { loadConfig } from './app/config.ts'
import { createLambdaHandler } from './app/lambda/api-handler.ts'

const app = await buildApp(loadConfig())
export const handler = createLambdaHandler(app)
await app.ready()
