import { inflateRawSync } from 'node:zlib';

/**
 * Checks a zip archive before a library unpacks it whole into memory: every entry must really
 * inflate to the size its directory declares (a zip bomb lies about it), the declared sizes must
 * add up to at most `maxUnpacked` bytes, and each entry's CRC must match (a damaged file fails
 * here with a clear reason instead of deep inside an XML parser). Returns why it is unacceptable,
 * or undefined.
 */
export function zipProblem(b: Uint8Array, maxUnpacked: number): string | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const eocd = findEndOfDirectory(b);
  if (eocd < 0) return 'the zip directory is missing (truncated file?)';
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirAt = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirAt === 0xffffffff) return 'zip64 archives are not supported';
  if (dirAt + dirSize > eocd) return 'the zip directory is damaged';
  let total = 0;
  let p = dirAt;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) {
      return 'the zip directory is damaged';
    }
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const packed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const skip = nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    p += 46 + skip;
    total += size;
    if (total > maxUnpacked) {
      return `it unpacks to more than ${Math.round(maxUnpacked / 2 ** 20)} MB`;
    }
    if (local + 30 > b.length || view.getUint32(local, true) !== 0x04034b50) {
      return 'a zip entry is damaged';
    }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + packed > b.length) return 'a zip entry is truncated';
    const problem = entryProblem(b.subarray(start, start + packed), method, size, crc);
    if (problem) return problem;
  }
  return undefined;
}

function entryProblem(
  data: Uint8Array,
  method: number,
  size: number,
  crc: number,
): string | undefined {
  let out: Uint8Array;
  if (method === 0) {
    out = data;
  } else if (method === 8) {
    try {
      // Never more than declared: a bomb stops here, at the size it admitted to.
      out = size === 0 ? new Uint8Array(0) : inflateRawSync(data, { maxOutputLength: size });
    } catch {
      return 'a zip entry does not unpack to its declared size';
    }
  } else {
    return `unsupported zip compression method ${method}`;
  }
  if (out.length !== size) return 'a zip entry does not unpack to its declared size';
  if (crc32(out) !== crc) return 'a zip entry is damaged (checksum mismatch)';
  return undefined;
}

/** The end-of-central-directory record, searched backwards past a comment of up to 64 KB. */
function findEndOfDirectory(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 as zip uses it (Node 20 has no zlib.crc32). */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
