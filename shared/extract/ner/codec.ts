import { N_LABELS } from './labels';

/*
 * The weights file: averaged-perceptron weights for hashed feature slots, quantised to int16 with one scale.
 * Layout: "CBN2", u32 slot count, f32 scale, then per slot a varint slot delta, a 16-bit mask (little-endian) whose bits say which
 * labels have a weight, and one int16 (little-endian) per set bit. Base64 text, so it can live in a .ts module that every
 * bundler and tsc accept without JSON or asset configuration.
 */
export type Weights = { slots: Int32Array; values: Float32Array };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
  }
  return out;
}

export function decodeBase64(s: string): Uint8Array {
  const rev = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) rev[B64.charCodeAt(i)] = i;
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | rev[clean.charCodeAt(i)]!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
    }
  }
  return out.subarray(0, j);
}

export function encodeWeights(w: Weights): Uint8Array {
  let max = 0;
  for (const v of w.values) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const bytes: number[] = [67, 66, 78, 50];
  const u32 = (n: number) => bytes.push(n & 255, (n >>> 8) & 255, (n >>> 16) & 255, n >>> 24);
  u32(w.slots.length);
  bytes.push(...new Uint8Array(new Float32Array([scale]).buffer));
  let last = 0;
  for (let s = 0; s < w.slots.length; s++) {
    let delta = w.slots[s]! - last;
    last = w.slots[s]!;
    while (delta >= 128) {
      bytes.push((delta & 127) | 128);
      delta >>>= 7;
    }
    bytes.push(delta);
    const q = Array.from({ length: N_LABELS }, (_, k) => Math.round(w.values[s * N_LABELS + k]! / scale));
    const mask = q.reduce((m, v, k) => (v ? m | (1 << k) : m), 0);
    bytes.push(mask & 255, mask >> 8);
    for (const v of q) if (v) bytes.push(v & 255, (v >> 8) & 255);
  }
  return Uint8Array.from(bytes);
}

export function decodeWeights(bytes: Uint8Array): Weights {
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== 'CBN2') throw new Error('not a Caseboard tagger weights file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(4, true);
  const scale = view.getFloat32(8, true);
  const slots = new Int32Array(n);
  const values = new Float32Array(n * N_LABELS);
  let p = 12;
  let last = 0;
  for (let s = 0; s < n; s++) {
    let delta = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[p++]!;
      delta += (b & 127) * 2 ** shift;
      if (b < 128) break;
    }
    last += delta;
    slots[s] = last;
    const mask = bytes[p]! | (bytes[p + 1]! << 8);
    p += 2;
    for (let k = 0; k < N_LABELS; k++) if (mask & (1 << k)) {
        values[s * N_LABELS + k] = (((bytes[p]! | (bytes[p + 1]! << 8)) << 16) >> 16) * scale;
        p += 2;
      }
  }
  return { slots, values };
}
