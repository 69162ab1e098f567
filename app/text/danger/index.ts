// The danger rules' patterns, by category, one file each. safety-rules.ts reads a text with them; the
// first category with a pattern that matches names the danger.
import { CHEMICAL } from './chemical.ts'
import { EMERGENCY } from './emergency.ts'
import { ENTRAPMENT } from './entrapment.ts'
import { FIRE } from './fire.ts'
import { INJURY } from './injury.ts'
import { MEDICAL } from './medical.ts'
import { WEAPON } from './weapon.ts'

export type DangerCategory = 'weapon' | 'injury' | 'medical' | 'chemical' | 'entrapment' | 'fire' | 'emergency'

export const DANGER_RULES: ReadonlyArray<{ category: DangerCategory; patterns: RegExp[] }> = [
  { category: 'weapon', patterns: WEAPON },
  { category: 'injury', patterns: INJURY },
  { category: 'medical', patterns: MEDICAL },
  { category: 'chemical', patterns: CHEMICAL },
  { category: 'entrapment', patterns: ENTRAPMENT },
  { category: 'fire', patterns: FIRE },
  { category: 'emergency', patterns: EMERGENCY }
]
