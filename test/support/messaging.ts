import type pg from 'pg';

/**
 * Waits until the platform's asynchronous messaging has caught up (docs/messaging.md): every outbox event
 * published and no outbox, webhook or e-mail job waiting or running. A test that compares the whole database
 * before and after calls it first, so the workers finishing earlier work are not taken for a change.
 */
export async function messagingSettled(sql: pg.Pool, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows: [pending] } = await sql.query<{ n: number }>(
      `select (select count(*) from examiners.outbox_event where published_at is null)
            + (select count(*) from cases.outbox_event where published_at is null)
            + (select count(*) from reports.outbox_event where published_at is null)
            + (select count(*) from jobs.job where name in ('outbox-events', 'webhook-delivery', 'email') and state in ('created', 'retry', 'active'))::int as n`,
    );
    if (Number(pending.n) === 0) return;
    if (Date.now() > deadline) throw new Error(`messaging did not settle within ${timeoutMs} ms: ${pending.n} events or jobs pending`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
