/**
 * Content lines of vCard and iCalendar: at most 75 octets, continued on the next line after CRLF
 * and one space (RFC 6350 §3.2, RFC 5545 §3.1). Folding counts UTF-8 bytes and never splits a
 * character: a Chinese character is 3 octets and some clients reject a broken one.
 */
export function foldLine(line: string, limit = 75): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  // Continuation lines start with a space, which takes one of their octets.
  let room = limit;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > room) {
      out.push(current);
      current = '';
      bytes = 0;
      room = limit - 1;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Undoes foldLine (and any CRLF + space/tab continuation). */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}
