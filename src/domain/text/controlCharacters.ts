/**
 * Text echoed to a terminal or a log (a case reference someone typed, an error message) must not be
 * able to move the cursor, recolour, retitle or hide output: ANSI/VT escape sequences are removed
 * whole, then every remaining control character (C0, DEL, C1) and the bidirectional overrides that
 * can make text read differently from what it is.
 */
const ESCAPE_SEQUENCE =
  // CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), other two-character ESC sequences, and 8-bit CSI.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

export function withoutControlCharacters(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
