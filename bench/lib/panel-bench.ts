import { Random } from '../../scripts/seeding/random';
import { median, ms, percentile, table } from './figures';
import { panelProposal, post, type WorkloadData } from './workload';

/** Item 8 of the benchmarks: proposePanel latency with the whole bulk panel (20,000 examiners) to draw from. */
export interface PanelFigure {
  proposals: number;
  examiners: number;
  p50: number;
  p95: number;
  errors: number;
}

export async function runPanelBench(url: string, data: WorkloadData, examiners: number, count: number): Promise<PanelFigure> {
  const random = new Random(5);
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const { body, ms: took } = await post(url, panelProposal(data, random));
    if (body.errors?.length) errors += 1;
    times.push(took);
  }
  return { proposals: count, examiners, p50: median(times), p95: percentile(times, 95), errors };
}

export function panelTable(figure: PanelFigure): string {
  return table(['examiners on the panel', 'proposals', 'median', 'p95', 'errors'], [[figure.examiners.toLocaleString('en-US'), figure.proposals, ms(figure.p50), ms(figure.p95), figure.errors]]);
}
