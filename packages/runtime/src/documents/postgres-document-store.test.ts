import { describe, expect, it } from 'vitest';
import { rechunk } from './postgres-document-store';

async function* pieces(sizes: number[]) {
  let n = 0;
  for (const size of sizes) yield Uint8Array.from({ length: size }, () => n++ % 251);
}

async function collect(sizes: number[], chunk: number) {
  const out: Buffer[] = [];
  for await (const part of rechunk(pieces(sizes), chunk)) out.push(part);
  return out;
}

describe('rechunk', () => {
  it('cuts any stream into chunks of exactly the size, the last one shorter, keeping every byte in order', async () => {
    const chunks = await collect([3, 10, 1, 7, 0, 9], 8);
    expect(chunks.map((c) => c.length)).toEqual([8, 8, 8, 6]);
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(Uint8Array.from({ length: 30 }, (_, i) => i % 251)));
  });

  it('makes nothing of an empty stream and one chunk of an exact one', async () => {
    expect(await collect([], 8)).toEqual([]);
    expect((await collect([8], 8)).map((c) => c.length)).toEqual([8]);
    expect((await collect([20], 8)).map((c) => c.length)).toEqual([8, 8, 4]);
  });
});
