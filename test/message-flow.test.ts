import { and, asc, count, eq } from 'drizzle-orm'
import t from 'tap'
import { escalations, interactions, messages, people } from '../drizzle/schema.ts'
import { countSegments } from '../app/sms/segments.ts'
import { PEOPLE } from './fixtures/data.ts'
import { messageSid, replyText, deliverSms } from './fixtures/twilio.ts'
import { build, DATABASE_KINDS } from './helper.ts'

for (const kind of DATABASE_KINDS) {
  t.test(`the employee flow end to end (${kind})`, async (t) => {
    const app = await build(t, { kind, seed: true })

    const res = await deliverSms(app, PEOPLE.alex, 'how much PTO do I get?')
    t.equal(res.statusCode, 200)
    t.match(res.headers['content-type'], /^text\/xml/)
    t.match(res.body, /^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>/)
    const text = replyText(res)!
    t.match(text, /4 hours of paid time off/, 'answers from the handbook')
    t.match(text, /\(Source: Paid time off \(PTO\)\)$/, 'cites the page')
    t.ok(countSegments(text).segments <= 3, 'within SMS_MAX_SEGMENTS')

    const [inbound] = await app.db.select().from(messages).where(eq(messages.direction, 'inbound'))
    t.match(inbound, { status: 'processed', fromPhone: PEOPLE.alex, body: 'how much PTO do I get?', replyText: text })
    const [interaction] = await app.db.select().from(interactions)
    t.match(interaction, {
      messageId: inbound!.id,
      question: 'how much PTO do I get?',
      answerMode: 'extractive',
      label: 'policy_question',
      escalation: 'none',
      classifier: 'local-model'
    })
    t.ok(interaction!.labelScore! > 0.3, 'label score recorded')
    t.equal(interaction!.sources[0]!.source, 'time-off.md')
    t.type(interaction!.sources[0]!.score, 'number')
    for (const stage of ['classifyMs', 'retrieveMs', 'answerMs', 'totalMs'])
      t.type(interaction!.latency[stage], 'number', `${stage} recorded`)
    const [outbound] = await app.db.select().from(messages).where(eq(messages.direction, 'outbound'))
    t.match(outbound, { status: 'twiml', toPhone: PEOPLE.alex, body: text, segments: countSegments(text).segments })

    // Without the optional NumSegments the message is stored all the same.
    const bare = await deliverSms(app, PEOPLE.alex, 'when is payday?', { omit: ['NumSegments'] })
    t.equal(bare.statusCode, 200)
    const [stored] = await app.db.select().from(messages).where(eq(messages.body, 'when is payday?'))
    t.match(stored, { status: 'processed', segments: null })
  })

  t.test(`the same MessageSid twice, one after the other and at once, is processed once (${kind})`, async (t) => {
    const app = await build(t, { kind, seed: true })
    const sid = messageSid()
    const first = await deliverSms(app, PEOPLE.alex, 'how do I swap a shift?', { sid })
    const again = await deliverSms(app, PEOPLE.alex, 'how do I swap a shift?', { sid })
    t.equal(again.statusCode, 200)
    t.equal(again.body, first.body, 'the duplicate gets the same reply')

    const concurrentSid = messageSid()
    const together = await Promise.all(
      Array.from({ length: 5 }, () => deliverSms(app, PEOPLE.jordan, 'when is payday?', { sid: concurrentSid }))
    )
    t.same(new Set(together.map((r) => r.statusCode)), new Set([200]))
    t.equal(new Set(together.map((r) => r.body)).size, 1, 'five copies at once get one reply')
    t.match(replyText(together[0]!), /every other Friday/)

    for (const s of [sid, concurrentSid]) {
      const [row] = await app.db.select({ n: count() }).from(messages).where(eq(messages.twilioSid, s))
      t.equal(row!.n, 1, 'one inbound row')
    }
    const [rows] = await app.db.select({ n: count() }).from(interactions)
    t.equal(rows!.n, 2, 'one interaction per MessageSid')
  })
}

t.test('unknown senders get a short notice and no company knowledge', async (t) => {
  const app = await build(t, { seed: true })
  const text = replyText(await deliverSms(app, PEOPLE.stranger, 'how much PTO do I get?'))!
  t.match(text, /not registered/)
  t.notMatch(text, /hours|PTO|Source/i)
  const [interaction] = await app.db.select().from(interactions)
  t.match(interaction, { answerMode: 'unknown_sender', personId: null, label: null })
})

t.test('opt-out keywords: whole message, any case; nothing is sent afterwards until opt-in', async (t) => {
  const app = await build(t, { seed: true })
  const optedOut = async (phone: string) =>
    (await app.db.select({ v: people.optedOut }).from(people).where(eq(people.phone, phone)))[0]!.v

  for (const keyword of [
    'STOP',
    ' stop ',
    'sToP',
    'StopAll',
    'UNSUBSCRIBE',
    'cancel',
    'End',
    'QUIT',
    'revoke',
    'OPTOUT',
    'Stop.'
  ]) {
    const res = await deliverSms(app, PEOPLE.sam, keyword)
    t.equal(res.statusCode, 200)
    t.equal(replyText(res), null, `"${keyword}" gets no reply`)
    t.equal(await optedOut(PEOPLE.sam), true, `"${keyword}" opts out`)
    t.equal(
      replyText(await deliverSms(app, PEOPLE.sam, 'how much PTO do I get?')),
      null,
      'nothing is sent to an opted-out person'
    )
    t.match(replyText(await deliverSms(app, PEOPLE.sam, 'start')), /subscribed again/, 'START opts back in')
    t.equal(await optedOut(PEOPLE.sam), false)
  }

  t.not(replyText(await deliverSms(app, PEOPLE.sam, 'stop please')), null, '"stop please" is an ordinary message')
  t.equal(await optedOut(PEOPLE.sam), false)

  await deliverSms(app, PEOPLE.sam, 'STOP')
  t.match(replyText(await deliverSms(app, PEOPLE.sam, 'UNSTOP')), /subscribed again/)
  await deliverSms(app, PEOPLE.sam, 'STOP')
  t.match(
    replyText(await deliverSms(app, PEOPLE.sam, 'yes')),
    /subscribed again/,
    'YES from an opted-out person opts in'
  )
  const yesAgain = replyText(await deliverSms(app, PEOPLE.sam, 'yes'))
  t.type(yesAgain, 'string', 'YES otherwise gets a reply')
  t.notMatch(yesAgain, /subscribed again/, 'YES otherwise is an ordinary reply')
})

t.test("Twilio's OptOutType is honoured, without repeating Twilio's own reply", async (t) => {
  const app = await build(t, { seed: true })
  t.equal(replyText(await deliverSms(app, PEOPLE.jordan, 'Arret', { extra: { OptOutType: 'STOP' } })), null)
  const [row] = await app.db.select({ v: people.optedOut }).from(people).where(eq(people.phone, PEOPLE.jordan))
  t.equal(row!.v, true)
  t.equal(
    replyText(await deliverSms(app, PEOPLE.jordan, 'start', { extra: { OptOutType: 'START' } })),
    null,
    'Twilio already confirmed'
  )
  t.equal(
    replyText(await deliverSms(app, PEOPLE.jordan, 'help', { extra: { OptOutType: 'HELP' } })),
    null,
    'Twilio already answered HELP'
  )
  t.match(replyText(await deliverSms(app, PEOPLE.jordan, 'HELP')), /work assistant.*STOP/s, 'our help text otherwise')
  t.match(replyText(await deliverSms(app, PEOPLE.jordan, 'info')), /work assistant/)
})

t.test('rate limit: over the hourly limit, one notice, then silence; counted in the database', async (t) => {
  const app = await build(t, { seed: true, env: { RATE_LIMIT_PER_HOUR: '3' } })
  const replies = []
  for (let i = 0; i < 6; i++) replies.push(replyText(await deliverSms(app, PEOPLE.alex, `hello ${i}`)))
  t.ok(
    replies.slice(0, 3).every((r) => r && !/a lot of messages/.test(r)),
    'the first three are answered'
  )
  t.match(replies[3], /a lot of messages/, 'the fourth gets the notice')
  t.same(replies.slice(4), [null, null], 'then silence')
  t.not(replyText(await deliverSms(app, PEOPLE.jordan, 'hello')), null, 'other people are not affected')
  t.equal(replyText(await deliverSms(app, PEOPLE.alex, 'STOP')), null)
  const [row] = await app.db.select({ v: people.optedOut }).from(people).where(eq(people.phone, PEOPLE.alex))
  t.equal(row!.v, true, 'STOP still works when rate limited')
})

t.test('the rate limit window passes with the clock', async (t) => {
  let now = new Date('2026-11-25T10:10:00Z')
  const app = await build(t, { seed: true, env: { RATE_LIMIT_PER_HOUR: '1' }, now: () => now })
  t.not(replyText(await deliverSms(app, PEOPLE.alex, 'hello')), null)
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'hello')), /a lot of messages/)
  now = new Date('2026-11-25T11:00:01Z')
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'hello')), /^Hi!/, 'a new hour: answered again')
})

t.test('long answers stay within SMS_MAX_SEGMENTS and MORE sends the rest', async (t) => {
  const app = await build(t, { seed: true, env: { SMS_MAX_SEGMENTS: '1' } })
  const first = replyText(await deliverSms(app, PEOPLE.alex, 'how much PTO do I get?'))!
  t.equal(countSegments(first).segments, 1)
  t.match(first, /Reply MORE for more\. \(Source: Paid time off \(PTO\)\)$/)
  t.notMatch(first, /\S+\.\.\.$|\w-$/, 'not cut inside a word')
  const seen = [first]
  for (let i = 0; i < 6; i++) {
    const next = replyText(await deliverSms(app, PEOPLE.alex, i % 2 ? 'more' : 'MORE'))!
    t.ok(countSegments(next).segments <= 1, 'each part within the budget')
    seen.push(next)
    if (/whole answer/.test(next)) break
  }
  t.match(seen.at(-1), /That was the whole answer/)
  t.match(seen.join(' '), /Part-time employees earn 1 hour/, 'the rest arrives through MORE')
})

t.test('a follow-up within 30 minutes is understood in context', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'how much PTO do full-time employees get?')
  const followUp = replyText(await deliverSms(app, PEOPLE.alex, 'what about part-timers?'))!
  t.match(followUp, /Part-time employees earn 1 hour of PTO/)
  const rows = await app.db.select().from(interactions).orderBy(asc(interactions.id))
  t.equal(rows[1]!.contextInteractionId, rows[0]!.id, 'linked to the question it follows up on')
})

t.test('a follow-up after 30 minutes is a new question', async (t) => {
  let now = new Date('2026-11-25T10:00:00Z')
  const app = await build(t, { seed: true, now: () => now })
  await deliverSms(app, PEOPLE.alex, 'how much PTO do full-time employees get?')
  now = new Date('2026-11-25T10:31:00Z')
  await deliverSms(app, PEOPLE.alex, 'what about part-timers?')
  const rows = await app.db.select().from(interactions).orderBy(asc(interactions.id))
  t.equal(rows[1]!.contextInteractionId, null)
})

t.test('safety messages put emergency guidance first; escalating labels are recorded', async (t) => {
  const app = await build(t, { seed: true })
  const text = replyText(await deliverSms(app, PEOPLE.alex, 'I cut my hand on the slicer'))!
  t.match(text, /^If anyone is hurt or in danger, call 911 now\./)
  const [row] = await app.db.select().from(interactions)
  t.match(row, { label: 'safety', escalation: 'urgent' })

  for (const [message, label, escalation] of [
    ['running late, bus broke down', 'attendance', 'normal'],
    ['my paycheck is short this week', 'payroll', 'normal'],
    ['my supervisor keeps making comments about my body', 'hr_sensitive', 'high'],
    ['can i talk to a manager', 'human_request', 'normal']
  ] as const) {
    const reply = replyText(await deliverSms(app, PEOPLE.jordan, message))!
    t.notMatch(reply, /911/, `${label}: no emergency text`)
    const [last] = await app.db.select().from(interactions).where(eq(interactions.question, message))
    t.match(last, { label, escalation }, message)
  }
})

t.test('fixed replies are in the language of the message, the directory language by default', async (t) => {
  const app = await build(t, { seed: true })
  t.match(
    replyText(await deliverSms(app, PEOPLE.sofia, 'me corté la mano')),
    /^Si alguien sufre una herida o corre peligro, llame al 911 ya\. Gracias por avisar\. Le pasé esto a /
  )
  // Alex is listed in English and texts in Spanish: the reply is in Spanish.
  t.match(
    replyText(await deliverSms(app, PEOPLE.alex, 'se me descompuso el carro, voy a llegar tarde')),
    /^Gracias por avisar\. Le pasé esto a Marcus Lee/
  )
  // Sofia is listed in Spanish and texts in English: the reply is in English.
  t.match(replyText(await deliverSms(app, PEOPLE.sofia, 'thank you so much')), /welcome/)
  t.match(replyText(await deliverSms(app, PEOPLE.sofia, 'ok')), /^Entendido/, 'too short to tell: the directory')
  const languages = (await app.db.select().from(interactions).orderBy(interactions.id)).map((i) => i.language)
  t.same(languages, ['es', 'es', 'en', 'es'], 'each interaction records the language it was written in')
})

t.test('a Spanish question with no model configured: told plainly, and offered a person', async (t) => {
  const app = await build(t, { seed: true })
  const text = replyText(await deliverSms(app, PEOPLE.sofia, '¿cuántos días de vacaciones tengo?'))!
  t.match(text, /contesta preguntas en inglés\. Responda SI/)
  t.notMatch(text, /manual/, 'never "not in the handbook"')
  t.match(replyText(await deliverSms(app, PEOPLE.sofia, 'sí')), /Le pasé/, 'SI takes it to a person')
})

t.test('a Spanish question about a complaint, no model: told plainly, and the private way to HR kept', async (t) => {
  const app = await build(t, { seed: true })
  const text = replyText(await deliverSms(app, PEOPLE.sofia, '¿qué dice el manual sobre el acoso?'))!
  t.match(text, /contesta preguntas en inglés\. Responda SI/)
  t.match(text, /Responda HR para hablar con RR\. HH\. en privado\./)
  t.match(replyText(await deliverSms(app, PEOPLE.sofia, 'HR')), /Le pasé esto a Dana Whitfield/, 'HR takes it to HR')
})

t.test('smalltalk gets a short reply without a knowledge lookup', async (t) => {
  const app = await build(t, { seed: true })
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'hi')), /^Hi!/)
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'thanks!')), /welcome/)
  const rows = await app.db.select().from(interactions).where(eq(interactions.answerMode, 'smalltalk'))
  t.equal(rows.length, 2)
  t.same(
    rows.map((r) => r.sources),
    [[], []],
    'no sources: nothing was looked up'
  )
})

t.test('nothing relevant: says so plainly and offers a manager', async (t) => {
  const app = await build(t, { seed: true })
  const text = replyText(await deliverSms(app, PEOPLE.alex, 'how do I repave the parking lot with asphalt?'))!
  t.match(text, /could not find that.*Reply YES/)
  const [row] = await app.db.select().from(interactions)
  t.equal(row!.answerMode, 'no_answer')
})

t.test('a question after a joke is answered as the question it is, not handed over as a report', async (t) => {
  const app = await build(t, { seed: true })
  const text = replyText(
    await deliverSms(app, PEOPLE.alex, 'my feet are dying after this double lol. do we get a longer break on doubles?')
  )!
  t.notMatch(text, /passed this to/)
  t.match(text, /rest break/)
})

t.test('a report put as a question the handbook does not answer reaches the manager at once', async (t) => {
  const app = await build(t, { seed: true })
  // A report put as a question that the intent model reads as a report and routing keeps as the question it
  // is put as (since labelled round 17; the mattresses of round 15 now go over as news at once, and a pallet of chairs gets an answer from the sample handbook): the answer
  // route hands it over when the handbook does not answer.
  const text = replyText(
    await deliverSms(app, PEOPLE.alex, 'the tables came in scratched up, do we accept them or send them back')
  )!
  t.notMatch(text, /Reply YES/, 'no YES to wait for')
  t.match(text, /passed this to/)
  // Read as the question it is put as, the answer route hands it over when the handbook does not answer; read
  // as news (labelled round 21), it goes over as the operational report it is. Either way, at once.
  const [row] = await app.db.select().from(interactions)
  t.ok(['no_answer_escalated', 'escalated'].includes(row!.answerMode ?? ''), row!.answerMode ?? 'none')
  const [raised] = await app.db.select().from(escalations)
  t.ok(['no_answer', 'operations'].includes(raised!.reason), raised!.reason)
  const toManager = await app.db.select().from(messages).where(eq(messages.toPhone, PEOPLE.manager))
  t.ok(toManager.length > 0, 'the manager is texted')
})

t.test('empty, whitespace and media-only messages get a short reply', async (t) => {
  const app = await build(t, { seed: true })
  for (const body of ['', '   ', '\n\t']) {
    t.match(replyText(await deliverSms(app, PEOPLE.alex, body)), /only read text/, JSON.stringify(body))
  }
  t.match(
    replyText(
      await deliverSms(app, PEOPLE.alex, '', { extra: { NumMedia: '1', MediaUrl0: 'https://api.twilio.com/x.jpg' } })
    ),
    /only read text/
  )
})

t.test('control characters and NUL bytes are stripped before storing', async (t) => {
  const app = await build(t, { seed: true })
  const res = await deliverSms(app, PEOPLE.alex, 'how much\u0000 PTO\u0007 do I get?')
  t.equal(res.statusCode, 200)
  const [row] = await app.db
    .select()
    .from(messages)
    .where(and(eq(messages.direction, 'inbound'), eq(messages.fromPhone, PEOPLE.alex)))
  t.equal(row!.body, 'how much PTO do I get?')
})

t.test('a signed request without the required fields is a 400, not a crash', async (t) => {
  const app = await build(t, { seed: true })
  const res = await deliverSms(app, PEOPLE.alex, 'hi', { sid: 'not-a-sid' })
  t.equal(res.statusCode, 400)
  t.match(res.json().message, /MessageSid/)
})
