import { workersPayOff } from '../../src/engine/parallel.js';

describe('--concurrency auto starts workers only when they repay their start', () => {
  it('not for a small batch, even of slow files', () => {
    expect(workersPayOff(20, 40, 2)).toBe(false); // 0.4 s left for a second thread: less than a worker costs
    expect(workersPayOff(100, 20, 2)).toBe(false);
  });

  it('for a large batch', () => {
    expect(workersPayOff(20, 1000, 2)).toBe(true); // 10 s saved
    expect(workersPayOff(15, 300, 4)).toBe(true);
  });

  it('never with one lane or fewer files left than lanes', () => {
    expect(workersPayOff(1000, 1000, 1)).toBe(false);
    expect(workersPayOff(10_000, 1, 2)).toBe(false);
  });
});
