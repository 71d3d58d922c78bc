import { clearProcessRateLimits, clearProcessRevocations } from '@imepanel/runtime';

/**
 * Run before each integration test file (vitest.config.ts, setupFiles). The files share a worker process and its
 * loaded modules (isolate: false), and the platform keeps two things per process when there is no Redis — the
 * rate-limit buckets and the revocation list (docs/security.md, "Sessions and tokens" and "Hardening"). A file starts with both empty,
 * as a new process would: a login budget spent or a subject revoked by one file does not reach the next.
 */
clearProcessRateLimits();
clearProcessRevocations();
