import type { PersonInput } from '../app/people/directory.ts'

// 555-0100 to 555-0199 are reserved for fiction in every North American area code.
const AREA_CODES = ['312', '773', '872', '415', '628', '206', '503', '617', '512', '305']

/** A directory of `size` people: one manager per ten, two HR people, and the rest employees. */
export function generateDirectory(size: number): PersonInput[] {
  const phone = (i: number) =>
    `+1${AREA_CODES[Math.floor(i / 100) % AREA_CODES.length]}55501${String(i % 100).padStart(2, '0')}`
  const people: PersonInput[] = []
  for (let i = 0; i < size; i++) {
    const role = i < 2 ? 'hr' : i % 10 === 2 ? 'manager' : 'employee'
    const managerIndex = Math.floor((i - 2) / 10) * 10 + 2
    people.push({
      phone: phone(i),
      name: `Person ${i}`,
      role,
      managerPhone: role === 'employee' && managerIndex !== i ? phone(managerIndex) : null,
      location: `Store ${Math.floor(i / 50) + 1}`,
      language: i % 7 === 0 ? 'es' : 'en'
    })
  }
  return people
}
