/**
 * What must be arranged for the claimant before the exam can be announced (docs/rules.md, "Interpreters and
 * accommodations"): an interpreter where the claimant asked for one, and each accommodation the claimant needs
 * (e.g. a wheelchair-accessible room, a sign-language interpreter, a chaperone), each recorded on the booking as
 * arranged and confirmed. The notice is served only once every one is confirmed, and it says what was arranged.
 * Pure: no ORM, no GraphQL.
 */

export interface InterpreterArranged {
  language: string | null;
  name: string | null;
  agency: string | null;
  confirmed: boolean;
}

export interface AccommodationArranged {
  /** The need it answers, as the case states it. */
  accommodation: string;
  /** What was arranged, e.g. "ground-floor exam room 2, height-adjustable table". */
  arrangement: string;
  /** Who arranged or provides it. */
  arrangedBy: string;
  confirmed: boolean;
}

export interface ArrangementNeeds {
  interpreterNeeded: boolean;
  language: string;
  accommodations: readonly string[];
}

export interface MissingArrangement {
  kind: 'INTERPRETER' | 'ACCOMMODATION';
  /** The language, or the accommodation as the case states it. */
  what: string;
  /** Whether something is recorded but not yet confirmed (otherwise nothing is recorded). */
  unconfirmed: boolean;
}

/** Accommodation needs are compared as people write them: case, surrounding and repeated spaces aside. */
export function sameNeed(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/** Every arrangement the claimant needs that is not confirmed yet, the interpreter first. */
export function missingArrangements(
  needs: ArrangementNeeds,
  arranged: { interpreter: InterpreterArranged | null; accommodations: readonly AccommodationArranged[] },
): MissingArrangement[] {
  const missing: MissingArrangement[] = [];
  if (needs.interpreterNeeded && !arranged.interpreter?.confirmed) {
    missing.push({ kind: 'INTERPRETER', what: needs.language, unconfirmed: arranged.interpreter !== null });
  }
  for (const need of needs.accommodations) {
    const record = arranged.accommodations.find((a) => sameNeed(a.accommodation, need));
    if (!record?.confirmed) missing.push({ kind: 'ACCOMMODATION', what: need, unconfirmed: record !== undefined });
  }
  return missing;
}

/** The refusal's sentence naming what is missing, e.g. `accommodation "wheelchair access" (arranged, not confirmed)`. */
export function describeMissing(missing: readonly MissingArrangement[]): string {
  return missing
    .map((m) => `${m.kind === 'INTERPRETER' ? `an interpreter for language "${m.what}"` : `accommodation "${m.what}"`} (${m.unconfirmed ? 'arranged, not confirmed' : 'not arranged'})`)
    .join('; ');
}

/** The notice's sentences on the accommodations arranged, one each. */
export function accommodationSentences(accommodations: readonly AccommodationArranged[], language: 'en' | 'es' = 'en'): string[] {
  return accommodations
    .filter((a) => a.confirmed)
    .map((a) =>
      language === 'es'
        ? `Se ha confirmado para usted (${a.accommodation}): ${a.arrangement}, a cargo de ${a.arrangedBy}.`
        : `Arranged and confirmed for you (${a.accommodation}): ${a.arrangement}, by ${a.arrangedBy}.`,
    );
}
