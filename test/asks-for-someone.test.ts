// Asking a person for their time or for help now: its table of what it must and must not read so.
import t from 'tap'
import { asksForSomeone } from '../app/text/asks-for-someone.ts'
import { holdsFor } from './fixtures/tables.ts'

t.test("someone's time or help asked for, not whom to ask", async (t) => {
  holdsFor(
    t,
    asksForSomeone,
    [
      'jefe tiene un minuto?',
      'is there any way i can talk to someone about my schedule, nights arent working with my second job anymore',
      'cuando tenga chance me regala un momento? es privado',
      'puedo hablar con el gerente del fin de semana? es sobre mis dias',
      'hi maria, could i grab you for a sec when ur free? kinda private',
      'can i come by ur office at 3',
      'this lunch rush bout to kill me, 30 cars in the drive thru, can u send someone',
      'yall this dinner rush is killing me lmao, can somebody come help on dish',
      'estamos hasta el tope en caja, mandame a alguien porfa',
      'la plancha esta a tope hoy jaja, me puedes mandar a alguien para ayudar?',
      'do u have a sec, need to talk to you about something',
      'passenger yelling at my crew bc his bag went to the wrong terminal, he wants a supervisor',
      'un cliente quiere hablar con el gerente',
      'hey my overtime is missing this week can someone fix it',
      'dock is slammed 6 trucks waiting, anyone free to come help unload?',
      'ya me volvi loca con tanto pedido jaja, me puede llamar el gerente?',
      'se me olvido ponchar a las 6, me lo agregan porfa',
      'water jug on the truck is empty, can somebody bring ice water to block 7',
      'client for the 6pm changed the count to 120 just now, can u call them'
    ],
    [
      'who can i talk to about my 401k',
      'a quien le puedo hablar de mis vacaciones',
      'this rush is killing me lol',
      'can someone cover my shift friday',
      'how much notice do i need to give',
      'tengo un minuto de descanso o quince?',
      'who can fix my direct deposit info',
      'how do i fix a missed punch'
    ]
  )
})
