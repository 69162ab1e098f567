// 911 or an ambulance forbidden, not called ("we're not supposed to call 911, we drive them ourselves",
// "nos dijo que no llamemos al 911"). The safety rules read it as calling for nobody; the misconduct rules
// read a boss forbidding it as HR's.
export const FORBIDS_CALLING_911 =
  /\b((not|never) (supposed|allowed) to|(dont|don'?t|do not|never|cant|can'?t|not to)) call (911|an ambulance|the ambulance)\b|\bno (llamemos|llamen|llamar|llames|hablemos|hablen) (al|a la|a una) (911|ambulancia)\b/
