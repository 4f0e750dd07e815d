import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/cli/batch/ordered.js';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('inOrder', () => {
  it('gives results in the order of the items, whatever order they finish in', async () => {
    const out: number[] = [];
    for await (const r of inOrder([1, 2, 3, 4, 5], 4, (n) => later(n, (6 - n) * 5))) out.push(r);
    expect(out).toEqual([1, 2, 3, 4, 5]);
  });

  it('has at most `window` items under way', async () => {
    let running = 0;
    let most = 0;
    const work = async (n: number) => {
      running++;
      most = Math.max(most, running);
      await later(n, 2);
      running--;
      return n;
    };
    const out: number[] = [];
    for await (const r of inOrder(Array.from({ length: 20 }, (_, i) => i), 3, work)) out.push(r);
    expect(out).toHaveLength(20);
    expect(most).toBe(3);
  });

  it('passes a failure on at its place in the order', async () => {
    const out: number[] = [];
    const run = async () => {
      for await (const r of inOrder([1, 2, 3], 3, (n) => (n === 2 ? Promise.reject(new Error('two')) : later(n, 1)))) out.push(r);
    };
    await expect(run()).rejects.toThrow('two');
    expect(out).toEqual([1]);
  });
});
