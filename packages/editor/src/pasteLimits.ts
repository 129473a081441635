/**
 * The most text one paste (or drop) may bring into a field. A longer paste is refused whole, with a
 * message, before anything is parsed: a 5 MB paste neither freezes the page nor grows the group's
 * document past what the relay accepts in one message.
 */
export const PASTE_LIMIT_CHARACTERS = 100_000;

/**
 * Over this much HTML (word processors write many times more markup than text), a paste within
 * {@link PASTE_LIMIT_CHARACTERS} keeps its words and drops its formatting rather than parse it all.
 */
export const PASTE_LIMIT_HTML_CHARACTERS = 2_000_000;
