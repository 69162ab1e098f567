// Yes to an offer as people say it ("yes please", "si porfa"): taken up as YES is; a plain "ok" or "thanks" only
// acknowledges. None of them is a carrier's opt-in keyword but YES and SI themselves.
import t from 'tap'
import { detectKeyword, saysYes } from '../app/inbound/keywords.ts'
import { holdsFor } from './fixtures/tables.ts'

t.test('yes said otherwise', async (t) => {
  holdsFor(
    t,
    saysYes,
    ['YES', 'si', 'yes please', 'Yes pls!', 'yeah', 'yep', 'sure', 'si porfa', 'sí por favor', 'claro que si', 'dale'],
    ['ok', 'thanks', 'ok thanks', 'no', 'yes i have another question', 'si pero mañana', 'yesterday']
  )
  t.equal(detectKeyword('yes please'), null, 'no keyword: carriers opt in on YES alone')
})
