import type { EntityManager } from '@mikro-orm/postgresql';
import { boundingBox, isValidCoordinates } from '../domain/distance';
import {
  DEFAULT_MAX_TRAVEL_KM,
  type EligibilityConflict,
  type EligibilityCredential,
  type EligibilityExaminer,
  type EligibilityRequest,
} from '../domain/eligibility';
import type { ExaminerStatus } from '../domain/enums';
import type { EligibilityInput } from '../inputs/eligibility.inputs';

/** The specialty and its descendants: a spine surgeon qualifies for an orthopaedic surgery request. */
export async function specialtySubtree(em: EntityManager, code: string): Promise<string[]> {
  const rows: { code: string }[] = await em.execute(
    `with recursive tree as (
       select id, code from examiners.specialty where code = ?
       union all select s.id, s.code from examiners.specialty s join tree t on s.parent_id = t.id
     ) select code from tree`,
    [code],
  );
  return rows.map((r) => r.code);
}

/** What the eligibility rules need about one examiner, with the reputation score panels are weighted by. */
export interface EligibilityFacts extends EligibilityExaminer {
  reputationScore: number | null;
}

interface FactsRow {
  id: string;
  status: ExaminerStatus;
  practice_group_id: string | null;
  languages: string[];
  telehealth: boolean;
  npi: string;
  reputation_score: number | null;
  specialties: { code: string; boardCertified: boolean }[];
  credentials: EligibilityCredential[];
  offices: { latitude: number; longitude: number; label: string }[];
  conflicts: EligibilityConflict[];
}

/**
 * Every fact of the rules in one statement, each relation as a JSON array in the order the examiner's page
 * lists it (so reasons name the same licence or office the page shows first). Hydrating thousands of entities
 * per relation cost far more than the rules themselves on a full panel.
 */
const FACTS = `select e.id, e.status, e.practice_group_id, e.languages, e.telehealth, e.npi, e.reputation_score,
  coalesce((select json_agg(json_build_object('code', s.code, 'boardCertified', es.board_certified) order by es."primary" desc, es.id)
            from examiners.examiner_specialty es join examiners.specialty s on s.id = es.specialty_id where es.examiner_id = e.id), '[]') as specialties,
  coalesce((select json_agg(json_build_object('kind', c.kind, 'jurisdiction', c.jurisdiction, 'status', c.verification_status,
                                              'issuedOn', c.issued_on, 'expiresOn', c.expires_on, 'number', c.number)
                            order by c.kind, c.expires_on, c.id)
            from examiners.credential c where c.examiner_id = e.id), '[]') as credentials,
  coalesce((select json_agg(json_build_object('latitude', o.latitude, 'longitude', o.longitude, 'label', coalesce(o.label, o.city))
                            order by o."primary" desc, o.city, o.id)
            from examiners.office_location o where o.examiner_id = e.id), '[]') as offices,
  coalesce((select json_agg(json_build_object('partyType', d.party_type, 'partyKey', d.party_key, 'startsOn', d.starts_on, 'endsOn', d.ends_on)
                            order by d.created_at, d.id)
            from examiners.conflict_declaration d where d.examiner_id = e.id), '[]') as conflicts
from examiners.examiner e`;

function toFacts(row: FactsRow): EligibilityFacts {
  return {
    id: row.id,
    status: row.status,
    practiceGroup: row.practice_group_id,
    languages: row.languages,
    telehealth: row.telehealth,
    npi: row.npi,
    reputationScore: row.reputation_score,
    specialties: row.specialties,
    credentials: row.credentials,
    offices: row.offices,
    conflicts: row.conflicts,
  };
}

/** The eligibility facts of the examiners named, in the order asked; unknown ids are left out. */
export async function eligibilityFacts(em: EntityManager, ids: string[]): Promise<EligibilityFacts[]> {
  if (ids.length === 0) return [];
  const rows: FactsRow[] = await em.execute(`${FACTS} where e.id in (?)`, [ids]);
  const byId = new Map(rows.map((row) => [row.id, toFacts(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Narrows the panel in SQL to the examiners who can pass the rules that are cheap to state there: ACTIVE, the
 * specialty or a sub-specialty, a verified medical licence in the jurisdiction valid on the exam date, the
 * claimant's language (unless an interpreter is arranged), and an office inside the bounding box of the travel
 * limit (unless telehealth is allowed and offered). Each condition is implied by a rule of domain/eligibility.ts,
 * never stricter, so the domain still decides: it judges every candidate returned, dates, conflicts and exact
 * distances included.
 */
export async function candidateFacts(em: EntityManager, request: EligibilityRequest): Promise<EligibilityFacts[]> {
  const codes = [request.specialtyCode, ...(request.acceptedSpecialtyCodes ?? [])];
  const where = [
    `e.status = 'ACTIVE'`,
    `exists (select 1 from examiners.examiner_specialty es join examiners.specialty s on s.id = es.specialty_id
             where es.examiner_id = e.id and s.code in (?))`,
    `exists (select 1 from examiners.credential c where c.examiner_id = e.id and c.kind = 'MEDICAL_LICENSE'
             and c.verification_status = 'VERIFIED' and c.jurisdiction = ?
             and (c.issued_on is null or c.issued_on <= ?) and (c.expires_on is null or c.expires_on >= ?))`,
  ];
  // Codes and jurisdictions are stored as validated, upper case, so equality is the domain's comparison.
  const params: unknown[] = [codes, request.jurisdiction.trim().toUpperCase(), request.examDate, request.examDate];

  const language = request.claimantLanguage?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (language && language !== 'en' && !request.interpreterArranged) {
    where.push(`exists (select 1 from unnest(e.languages) l where lower(split_part(translate(btrim(l), '_', '-'), '-', 1)) = ?)`);
    params.push(language);
  }

  const limit = request.maxTravelKm ?? DEFAULT_MAX_TRAVEL_KM;
  if (request.claimantLocation && isValidCoordinates(request.claimantLocation) && limit >= 0) {
    const box = boundingBox(request.claimantLocation, limit);
    const longitude = box.longitude ? ' and o.longitude between ? and ?' : '';
    const nearby = `exists (select 1 from examiners.office_location o where o.examiner_id = e.id and o.latitude between ? and ?${longitude})`;
    where.push(request.telehealthAllowed ? `(e.telehealth or ${nearby})` : nearby);
    params.push(box.latitude.min, box.latitude.max, ...(box.longitude ? [box.longitude.min, box.longitude.max] : []));
  }

  const rows: FactsRow[] = await em.execute(`${FACTS} where ${where.join(' and ')} order by e.id`, params);
  return rows.map(toFacts);
}

export function toEligibilityRequest(input: EligibilityInput, acceptedSpecialtyCodes: string[]): EligibilityRequest {
  return {
    specialtyCode: input.specialtyCode,
    acceptedSpecialtyCodes,
    jurisdiction: input.jurisdiction,
    examDate: input.examDate,
    claimantLanguage: input.claimantLanguage ?? null,
    interpreterArranged: input.interpreterArranged,
    claimantLocation: input.claimantLocation ?? null,
    maxTravelKm: input.maxTravelKm ?? undefined,
    telehealthAllowed: input.telehealthAllowed,
    treatingProviderNpis: input.treatingProviderNpis ?? [],
    partyKeys: input.partyKeys ?? [],
    requiredCredentialKinds: input.requiredCredentialKinds ?? undefined,
  };
}
