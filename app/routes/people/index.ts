import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyRequest } from 'fastify'
import { RequestError } from '../../lib/errors.ts'
import { UPLOAD_LIMIT_BYTES } from '../../lib/uploads.ts'
import { listPeople, type Person, setDeactivated } from '../../people/directory.ts'
import { importDirectoryCsv } from '../../people/directory-import.ts'
import { ERROR_RESPONSES } from '../../schemas/errors.ts'
import {
  DirectoryCsvSchema,
  ImportReportSchema,
  ListPeopleQuerySchema,
  PersonParamsSchema,
  PersonSchema
} from '../../schemas/people.ts'

// The directory is HR's and ops' to keep: they load it and offboard people without database access.
const KEEPERS = ['hr', 'ops'] as const

/** /people: the directory, imported as CSV, listed, and people offboarded (or brought back). */
const peopleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The import takes the CSV file as its body: curl --data-binary @people.csv -H 'content-type: text/csv'
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: UPLOAD_LIMIT_BYTES }, (_request, body, done) =>
    done(null, body)
  )

  app.post(
    '/import',
    {
      // Before the body is validated: who may call first, then whether the body is a CSV file at all.
      preValidation: [app.authorize(KEEPERS), requireCsv],
      bodyLimit: UPLOAD_LIMIT_BYTES,
      schema: {
        description:
          'Adds people and updates them by phone, with the report of `npm run directory -- import`; a deactivated person stays deactivated. Body: text/csv, up to 4 MiB.',
        consumes: ['text/csv'],
        body: DirectoryCsvSchema,
        response: { 200: ImportReportSchema, ...ERROR_RESPONSES }
      }
    },
    async (request) => importDirectoryCsv(app.db, request.body, app.config.DEFAULT_COUNTRY)
  )

  app.get(
    '/',
    {
      preHandler: app.authorize(KEEPERS),
      schema: {
        querystring: ListPeopleQuerySchema,
        response: { 200: Type.Object({ people: Type.Array(PersonSchema) }), ...ERROR_RESPONSES }
      }
    },
    async (request) => ({ people: (await listPeople(app.db, request.query)).map(personView) })
  )

  app.post(
    '/:id/deactivate',
    {
      preHandler: app.authorize(KEEPERS),
      schema: {
        description:
          'Offboards a person at once: their history stays; their texts are taken as from someone not in the directory, nothing is sent to them, and escalations pass them over.',
        params: PersonParamsSchema,
        response: { 200: PersonSchema, ...ERROR_RESPONSES }
      }
    },
    async (request) => personView(await setDeactivated(app.db, request.params.id, true, app.now()))
  )

  app.post(
    '/:id/reactivate',
    {
      preHandler: app.authorize(KEEPERS),
      schema: {
        description: 'Brings a deactivated person back (rehired, or deactivated by mistake).',
        params: PersonParamsSchema,
        response: { 200: PersonSchema, ...ERROR_RESPONSES }
      }
    },
    async (request) => personView(await setDeactivated(app.db, request.params.id, false, app.now()))
  )
}

async function requireCsv(request: FastifyRequest): Promise<void> {
  if (!request.headers['content-type']?.toLowerCase().startsWith('text/csv'))
    throw new RequestError(415, 'Send the directory as a CSV file (Content-Type: text/csv)')
}

function personView(person: Person) {
  const { id, phone, name, role, managerPhone, location, language, optedOut, deactivatedAt } = person
  return {
    ...{ id, phone, name, role, managerPhone, location, language, optedOut },
    deactivatedAt: deactivatedAt?.toISOString() ?? null
  }
}

export default peopleRoutes
