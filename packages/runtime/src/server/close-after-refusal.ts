import type { IncomingMessage, ServerResponse } from 'node:http';

/** How long a refused upload's unread bytes are let go before its connection is cut. */
const LINGER_MS = 2_000;

/**
 * Closes the caller's connection once a refusal (413, 415, 403 …) to an upload has been sent, without reading the
 * rest of the body. Destroying the socket at once would reset it while the caller's bytes are still arriving, and
 * a reset can discard the refusal in the caller's receive buffer before it is read (the caller sees ECONNRESET, not
 * the answer). So the answer is followed by a half-close (FIN); the bytes still in flight are let go for a short
 * lingering period, as web servers do (nginx's lingering close); then the socket is destroyed
 * (docs/documents.md, "Upload and download").
 */
export function closeAfterRefusal(req: IncomingMessage, res: ServerResponse): void {
  const close = () => {
    req.unpipe();
    const socket = req.socket;
    if (socket.destroyed) return;
    socket.end();
    req.resume();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
  if (res.writableFinished) close();
  else res.once('finish', close);
}
