// Word classes the danger patterns share, as folded text reads them (lowercase, no accents).
export const PERSON =
  '(i|he|she|hes|shes|they|someone|somebody|some ?one|guy|lady|man|woman|worker|coworker|co-worker|customer|guest|resident|client|patient|sup|supervisor|lead|cook|driver|picker|dishwasher|temp|porter|kid|child|operator|manager|new guy|associate)'
export const BODY =
  '(hand|hands|finger|fingers|fingertip|thumb|arm|arms|leg|legs|foot|feet|head|face|eye|eyes|wrist|ankle|knee|neck|palm|chest|skin|toe|toes)'
export const BODY_ES =
  '(mano|manos|dedo|dedos|brazo|brazos|pierna|piernas|pie|pies|cabeza|cara|ojo|ojos|espalda|muneca|cuello|pecho|piel|palma)'
export const MACHINE =
  '(machine|conveyor|belt|baler|mixer|press|roller|compactor|slicer|grinder|wrapper|palletizer|auger|chain|gears?|forklift|rack|shelving|pallets?|elevator|freezer|walk ?in|cooler|dumpster|ironer|sheeter|saw|trimmer|mower|hoist|lift|extractor|dryer|washer|winch|tunnel)'
