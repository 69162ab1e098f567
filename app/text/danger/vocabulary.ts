// Word classes the danger patterns share, as folded text reads them (lowercase, no accents).
export const PERSON =
  '(i|he|she|hes|shes|they|someone|somebody|some ?one|guy|lady|man|woman|worker|coworker|co-worker|customer|guest|resident|client|patient|sup|supervisor|lead|cook|driver|picker|dishwasher|temp|porter|kid|child|operator|manager|new guy|associate)'
export const BODY =
  '(hand|hands|finger|fingers|fingertip|thumb|arm|arms|leg|legs|foot|feet|head|face|eye|eyes|wrist|ankle|knee|neck|palm|chest|skin|toe|toes)'
export const BODY_ES =
  '(mano|manos|dedo|dedos|brazo|brazos|pierna|piernas|pie|pies|cabeza|cara|ojo|ojos|espalda|muneca|cuello|pecho|piel|palma)'
export const MACHINE =
  '(machine|conveyor|belt|baler|mixer|press|roller|compactor|slicer|grinder|wrapper|palletizer|auger|chain|gears?|forklift|rack|shelving|pallets?|elevator|freezer|walk ?in|cooler|dumpster|ironer|sheeter|saw|trimmer|mower|hoist|lift|extractor|dryer|washer|winch|tunnel)'
// Weapons by name, slang among them ("glock", "fusca", "cuete"): a threat that names one is never a figure of speech.
// Read only to keep a page (a laughed threat that names one is still paged), so a slang word that is also a tool
// ("strap") costs at most a page; words a kitchen or a plant says all day ("burner", "cutter", "fierro") are left out.
export const WEAPON_NOUN =
  '(guns?|pistols?|rifles?|shotguns?|knife|knives|blades?|machetes?|bats?|glocks?|straps?|gats?|glizzys?|blickys?|pistolas?|cuchillos?|navajas?|armas?|fuscas?|cuernos?|cuetes?)'
