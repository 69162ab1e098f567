// Asking for HR by name reaches HR; "hr" that is an hour does not.
import t from 'tap'
import { asksInConfidence, namesHr } from '../app/text/names-hr.ts'
import { holdsFor } from './fixtures/tables.ts'

t.test('HR named, in both languages; an hour is no HR', async (t) => {
  holdsFor(
    t,
    namesHr,
    [
      'can someone from hr call me',
      'need HR asap',
      'can i talk to an hr rep',
      'i need a hr person to call me back',
      'quiero hablar con recursos humanos',
      'me pasas con rh?'
    ],
    [
      'car wont start gonna be late maybe an hr, do i still get paid for the whole day?',
      'i worked 2 hrs over on friday',
      'we get $15/hr on nights',
      'running half an hr behind',
      'need to leave at 3 today for the dentist, can someone cover my last hr'
    ]
  )
})

t.test('asking to tell something in confidence; asking whether a thing is kept private is not', async (t) => {
  holdsFor(
    t,
    asksInConfidence,
    [
      'can i talk to someone confidential about something that happened at the party',
      'need to report something privately about a coworker',
      'can i tell someone something in confidence',
      'quiero hablar con alguien en privado de algo que paso',
      'quiero reportar algo en confidencia sobre un companero',
      'puedo reportar algo confidencial?',
      'quiero poner una queja confidencial, con quien hablo?',
      'who do i talk to if i wanna report how they treat the black guys in dish? needs to be confidential',
      // Wanting it kept from the boss or the crew.
      'need light duty for a few months but i dont want my supervisor to know why yet',
      'can someone help me with something personal without everybody finding out',
      'can i be moved off nights w/o the whole crew knowing',
      'how do I report something that happened with my supervisor without him finding out',
      'tengo una cita con el abogado, no quiero que mi jefa se entere, con quien hablo',
      // Who must not know left unsaid.
      'quiero reportar a alguien de mi turno pero sin que sepan que fui yo, ¿se puede anónimo?',
      // One's name kept out of what is told.
      'the night cook has been taking steaks home, please dont tell anyone it was me',
      'keep my name out of it but the lead is drinking on shift',
      'no digan que fui yo pero el de la noche se lleva producto',
      // Without one's name on it.
      'is there a way to report something without my name on it',
      'can i report my lead anonymously',
      'como puedo reportar algo sin dar mi nombre'
    ],
    [
      'is the ethics hotline confidential?',
      'are my pay stubs private',
      'where do i keep confidential patient files',
      'es confidencial mi sueldo?',
      'need to talk to u privately about my hours next month, not an hr thing just school started',
      'do i have to report a cut? does it have to be private',
      'does my manager need to know if i take a second job',
      'i dont know if anyone knows the wifi password',
      'dont let the new guy find out about the surprise party lol',
      'dont tell my sup i was late lol',
      'who told you it was me that left the door open?',
      'do anonymous surveys count for anything',
      'can i sign the card without my name on it lol'
    ]
  )
})
