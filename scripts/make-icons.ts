/**
 * Draws the toolbar and store icons (a shield with a check mark) into public/icon/*.png.
 * Run once after changing the design: node --import tsx scripts/make-icons.ts
 * Pure Node (zlib), so no image tool is needed on the machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { REPO_ROOT } from './shared-data.ts';

const SIZES = [16, 32, 48, 96, 128];
const SHIELD: [number, number, number] = [11, 87, 208];
const MARK: [number, number, number] = [255, 255, 255];

/** Coverage of the shield at (x, y) in a unit square. */
function inShield(x: number, y: number): boolean {
  if (y < 0.08 || y > 0.95) return false;
  const halfWidth = y < 0.55 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((y - 0.55) / 0.4) ** 2));
  return Math.abs(x - 0.5) <= halfWidth;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function inCheck(x: number, y: number): boolean {
  const width = 0.075;
  return distanceToSegment(x, y, 0.3, 0.5, 0.45, 0.65) < width || distanceToSegment(x, y, 0.45, 0.65, 0.72, 0.35) < width;
}

function render(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let row = 0; row < size; row++) {
    const line = Buffer.alloc(1 + size * 4);
    for (let col = 0; col < size; col++) {
      let shield = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (col + (sx + 0.5) / samples) / size;
          const y = (row + (sy + 0.5) / samples) / size;
          if (inShield(x, y)) (inCheck(x, y) ? mark++ : shield++);
        }
      }
      const total = samples * samples;
      const alpha = (shield + mark) / total;
      const colour = SHIELD.map((c, i) => (alpha === 0 ? 0 : Math.round((c * shield + MARK[i]! * mark) / (shield + mark))));
      line.set([...colour, Math.round(alpha * 255)], 1 + col * 4);
    }
    rows.push(line);
  }
  return png(size, Buffer.concat(rows));
}

function png(size: number, raw: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const dir = resolve(REPO_ROOT, 'public/icon');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(resolve(dir, `${size}.png`), render(size));
console.log(`Wrote ${SIZES.length} icons to ${dir}`);
