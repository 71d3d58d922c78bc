import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** How long a refused upload's connection waits for more of its bytes before it is cut (nginx's lingering_timeout). */
export const LINGER_IDLE_MS = 5_000;
/** The longest a refused upload's connection lingers at all (nginx's lingering_time). */
export const LINGER_MAX_MS = 30_000;

/**
 * Closes the caller's connection once a refusal (413, 415, 403 …) to an upload has been sent, without keeping the
 * rest of the body. Destroying the socket while the caller's bytes are still arriving resets it, and a reset can
 * discard the refusal in the caller's receive buffer before it is read (the caller sees ECONNRESET or EPIPE, not
 * the answer). So the answer is followed by a half-close (FIN) and the bytes still in flight are read and dropped
 * until the caller stops sending for `LINGER_IDLE_MS` or `LINGER_MAX_MS` have passed, as web servers do (nginx's
 * lingering close); then the socket is destroyed (docs/documents.md, "Upload and download").
 *
 * Node destroys a socket as soon as the FIN of a `connection: close` answer is written (`socket.destroySoon`, called
 * when the answer finishes); that is what would reset it, so for this socket the lingering close takes its place.
 */
export function closeAfterRefusal(req: IncomingMessage, res: ServerResponse, limits = { idleMs: LINGER_IDLE_MS, maxMs: LINGER_MAX_MS }): void {
  const socket = req.socket as Socket & { destroySoon?: () => void };
  let lingering = false;
  const linger = () => {
    if (lingering || socket.destroyed) return;
    lingering = true;
    req.unpipe();
    req.resume();
    socket.end();
    const cut = () => socket.destroy();
    let idle = setTimeout(cut, limits.idleMs).unref();
    const longest = setTimeout(cut, limits.maxMs).unref();
    const moreBytes = () => {
      clearTimeout(idle);
      idle = setTimeout(cut, limits.idleMs).unref();
    };
    socket.on('data', moreBytes);
    socket.once('close', () => {
      clearTimeout(idle);
      clearTimeout(longest);
      socket.off('data', moreBytes);
    });
  };
  socket.destroySoon = linger;
  if (res.writableFinished) linger();
  else res.once('finish', linger);
}
