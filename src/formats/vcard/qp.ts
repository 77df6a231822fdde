const EQ = 0x3d;

function hexValue(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * Decodes a quoted-printable value (soft breaks already joined by the line reader) to bytes.
 *
 * Lenient by choice: an `=` not followed by two hex digits is kept as it is, as RFC 2045 §6.7
 * advises robust decoders to do. Real exporters write unencoded `=` inside URLs and notes, and
 * rejecting the whole address book for one such note helps nobody; the user sees the text.
 * Lowercase hex is accepted too, and a dangling `=` at the very end (a soft break before END) is dropped.
 */
export function decodeQuotedPrintable(raw: Uint8Array): Buffer {
  if (raw.indexOf(EQ) < 0) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const out = Buffer.allocUnsafe(raw.length);
  let j = 0;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw[i]!;
    if (c === EQ) {
      const hi = hexValue(raw[i + 1]);
      const lo = hexValue(raw[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[j++] = hi * 16 + lo;
        i += 2;
        continue;
      }
      if (isBlankTail(raw, i + 1)) break;
    }
    out[j++] = c;
  }
  return out.subarray(0, j);
}

function isBlankTail(raw: Uint8Array, from: number): boolean {
  for (let i = from; i < raw.length; i++) {
    const c = raw[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}
