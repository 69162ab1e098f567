// Laughter in a text, in letters or emoji ("lol", "jaja", "😂"): what marks a joke or the end of chatter.
export const LAUGHTER = String.raw`(\b(lol+|lmao+|jaja\w*|jeje\w*|haha\w*|jk|xd)\b|😂|🤣|😅|💀)`
