// The directory as the People page shows it: everyone, or those whose name, location, role or phone
// matches what was typed (searched on the server, so nothing typed lands in a URL).
import type { Db } from '../db/database.ts'
import { listPeople, type Person } from '../people/directory.ts'

const SHOWN = 200

export async function searchPeople(db: Db, query: string): Promise<{ people: Person[]; total: number }> {
  const everyone = await listPeople(db)
  const words = query.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/\s+/).filter(Boolean)
  const digits = query.replace(/\D/g, '')
  const matches = everyone.filter((p) => {
    if (words.length === 0) return true
    const text = `${p.name} ${p.location ?? ''} ${p.role}`.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')
    return words.every((w) => text.includes(w)) || (digits.length >= 4 && p.phone.includes(digits))
  })
  return { people: matches.slice(0, SHOWN), total: matches.length }
}
