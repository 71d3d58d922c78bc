import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAfterRefusal } from './close-after-refusal';

const LIMITS = { idleMs: 300, maxMs: 1_500 };
const CHUNK = Buffer.alloc(64 * 1024, 0x20);

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A server that refuses every upload with a `connection: close` 413 after its first 64 KiB, as the document routes do. */
async function refusingServer() {
  const closedAt: number[] = [];
  server = http.createServer((req, res) => {
    let received = 0;
    req.socket.once('close', () => closedAt.push(Date.now()));
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received < CHUNK.length || res.headersSent) return;
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end('{"errors":[{"message":"too large"}]}');
      closeAfterRefusal(req, res, LIMITS);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, closedAt };
}

/**
 * An uploader that reads the answer only after it has sent `afterAnswerMs` more of its body (a client whose writes
 * were already in flight, or whose event loop was busy), then stops sending and, if `hangUp`, closes its end.
 */
function upload(port: number, afterAnswerMs: number, hangUp: boolean) {
  const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
  const done = new Promise<{ answer: string; error: string | null }>((resolve) => {
    let answer = '';
    let error: string | null = null;
    let sending: NodeJS.Timeout | undefined;
    socket.on('error', (e) => (error = (e as NodeJS.ErrnoException).code ?? e.message));
    socket.on('data', (data: Buffer) => {
      if (answer === '') {
        const until = Date.now() + afterAnswerMs;
        sending = setInterval(() => {
          if (Date.now() < until) socket.write(CHUNK);
          else {
            clearInterval(sending);
            if (hangUp) socket.end();
          }
        }, 10);
      }
      answer += data.toString('latin1');
    });
    socket.on('close', () => {
      clearInterval(sending);
      resolve({ answer, error });
    });
    socket.write('POST /upload HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/pdf\r\ncontent-length: 209715200\r\n\r\n');
    socket.write(CHUNK);
    socket.write(CHUNK);
  });
  return { socket, done };
}

async function closed(closedAt: number[]) {
  while (closedAt.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  return closedAt[0];
}

describe('closeAfterRefusal', () => {
  it('keeps reading and dropping the upload after the refusal, so the uploader sees the 413 and no reset', async () => {
    const { port, closedAt } = await refusingServer();
    const started = Date.now();
    const result = await upload(port, 400, true).done;
    expect(result.error).toBeNull();
    expect(result.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.answer).toContain('too large');
    // The server's socket closed only once the uploader had stopped and closed its end.
    expect(closedAt[0] - started).toBeGreaterThanOrEqual(400);
  });

  it('cuts a refused connection whose uploader goes quiet without closing it', async () => {
    const { port, closedAt } = await refusingServer();
    const started = Date.now();
    const quiet = upload(port, 0, false);
    const cut = await closed(closedAt);
    quiet.socket.destroy();
    expect((await quiet.done).answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(cut - started).toBeGreaterThanOrEqual(LIMITS.idleMs);
    expect(cut - started).toBeLessThan(LIMITS.maxMs);
  });

  it('cuts a refused connection that keeps sending once the longest lingering time has passed', async () => {
    const { port, closedAt } = await refusingServer();
    const started = Date.now();
    const result = await upload(port, 10_000, true).done;
    expect(result.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(closedAt[0] - started).toBeGreaterThanOrEqual(LIMITS.maxMs);
    expect(closedAt[0] - started).toBeLessThan(LIMITS.maxMs + 1_000);
  });
});
