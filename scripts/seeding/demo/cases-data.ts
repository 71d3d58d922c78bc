/**
 * The fixed material of the cases demo: ordering clients, employers, claimant attorneys, claimant cities and
 * names, injury scenarios and the wording of referral questions. Every person is invented; e-mail domains
 * use the reserved `.example` TLD (claimants `example.com`) and phone numbers the fictional 555-01xx range.
 */
import type { CaseParty, ClientKind, ImeReason, LineOfBusiness } from '../../../subgraphs/cases/src/entities';

export interface ClientSeed {
  name: string;
  kind: ClientKind;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  /** Where it orders IMEs, with a relative volume. */
  jurisdictions: Readonly<Record<string, number>>;
  linesOfBusiness: Readonly<Partial<Record<LineOfBusiness, number>>>;
  claimPrefix: string;
  /** Relative share of all demo referrals. */
  volume: number;
  /** A self-insured employer's own jobs; its workers' claims name it as the employer. */
  occupations?: readonly string[];
}

/**
 * Eight ordering organisations of every kind. California referrals are workers' compensation only (its
 * rule is the QME panel process), so only workers' comp clients order there.
 */
export const CLIENTS: readonly ClientSeed[] = [
  {
    name: 'Empire State Mutual Insurance Company',
    kind: 'INSURER',
    contactName: 'Claims intake — Empire State Mutual',
    contactEmail: 'ime-referrals@esmic.example',
    contactPhone: '(518) 555-0142',
    jurisdictions: { 'US-NY': 1 },
    linesOfBusiness: { WORKERS_COMP: 1 },
    claimPrefix: 'ESM-WC',
    volume: 16,
  },
  {
    name: 'Pacific Coast Casualty Insurance Company',
    kind: 'INSURER',
    contactName: 'QME coordination — Pacific Coast Casualty',
    contactEmail: 'qme@pccic.example',
    contactPhone: '(213) 555-0117',
    jurisdictions: { 'US-CA': 1 },
    linesOfBusiness: { WORKERS_COMP: 1 },
    claimPrefix: 'PCC',
    volume: 18,
  },
  {
    name: 'Granite Shield Auto Insurance',
    kind: 'INSURER',
    contactName: 'No-fault IME unit — Granite Shield',
    contactEmail: 'nofault-ime@graniteshield.example',
    contactPhone: '(516) 555-0163',
    jurisdictions: { 'US-NY': 3, 'US-CT': 1 },
    linesOfBusiness: { AUTO: 1 },
    claimPrefix: 'GSA',
    volume: 8,
  },
  {
    name: 'Meridian Life & Disability',
    kind: 'INSURER',
    contactName: 'Disability claims — Meridian',
    contactEmail: 'ltd-ime@meridianld.example',
    contactPhone: '(860) 555-0129',
    jurisdictions: { 'US-NY': 2, 'US-CT': 2, 'US-WA': 1, 'US-OR': 1 },
    linesOfBusiness: { DISABILITY: 1 },
    claimPrefix: 'MLD',
    volume: 7,
  },
  {
    name: 'Keystone Claims Administration',
    kind: 'TPA',
    contactName: 'Medical management — Keystone',
    contactEmail: 'medmgmt@keystonetpa.example',
    contactPhone: '(503) 555-0188',
    jurisdictions: { 'US-CA': 3, 'US-WA': 3, 'US-OR': 3, 'US-CT': 1 },
    linesOfBusiness: { WORKERS_COMP: 1 },
    claimPrefix: 'KCA',
    volume: 18,
  },
  {
    name: 'Atlantic Regional Transit Authority',
    kind: 'EMPLOYER',
    contactName: 'Risk management — ARTA',
    contactEmail: 'riskmgmt@arta.example',
    contactPhone: '(203) 555-0175',
    jurisdictions: { 'US-NY': 1, 'US-CT': 1 },
    linesOfBusiness: { WORKERS_COMP: 1 },
    claimPrefix: 'ARTA',
    volume: 7,
    occupations: ['bus operator', 'track worker', 'station agent', 'bus mechanic'],
  },
  {
    name: 'Whitcombe Marsh & Delgado LLP',
    kind: 'ATTORNEY',
    contactName: 'Litigation support — Whitcombe Marsh',
    contactEmail: 'experts@wmdlaw.example',
    contactPhone: '(212) 555-0136',
    jurisdictions: { 'US-NY': 2, 'US-CT': 1 },
    linesOfBusiness: { LIABILITY: 3, AUTO: 1 },
    claimPrefix: 'WMD',
    volume: 5,
  },
  {
    name: 'Connecticut Workers’ Compensation Commission',
    kind: 'BOARD',
    contactName: 'Commissioner’s examinations desk',
    contactEmail: 'rme-desk@ctwcc.example',
    contactPhone: '(860) 555-0101',
    jurisdictions: { 'US-CT': 1 },
    linesOfBusiness: { WORKERS_COMP: 1 },
    claimPrefix: 'WCC',
    volume: 4,
  },
];

export interface EmployerSeed {
  name: string;
  occupations: readonly string[];
}

/**
 * Employers of injured workers, by jurisdiction. 'Hudson Logistics Inc.' and 'Golden State Distribution
 * Centers' are parties of conflicts the examiners demo declares.
 */
export const EMPLOYERS: Readonly<Record<string, readonly EmployerSeed[]>> = {
  'US-NY': [
    { name: 'Hudson Logistics Inc.', occupations: ['warehouse associate', 'forklift operator', 'delivery driver'] },
    { name: 'Mohawk Valley Health System', occupations: ['registered nurse', 'patient care technician', 'environmental services aide'] },
    { name: 'Five Boroughs Construction Corp.', occupations: ['carpenter', 'laborer', 'ironworker'] },
    { name: 'Lakeshore Food Markets', occupations: ['stock clerk', 'butcher', 'cashier'] },
    { name: 'Capital District School District', occupations: ['custodian', 'bus driver', 'teacher aide'] },
  ],
  'US-CA': [
    { name: 'Golden State Distribution Centers', occupations: ['order picker', 'loader', 'warehouse lead'] },
    { name: 'Sierra Vista Farms', occupations: ['farmworker', 'tractor driver', 'packing-house sorter'] },
    { name: 'Bayline Hospitality Group', occupations: ['housekeeper', 'line cook', 'banquet server'] },
    { name: 'Coastal Metro Transit', occupations: ['bus operator', 'mechanic'] },
    { name: 'Inland Empire Builders', occupations: ['framer', 'drywall installer', 'laborer'] },
  ],
  'US-WA': [
    { name: 'Puget Sound Shipyard Services', occupations: ['welder', 'pipefitter', 'rigger'] },
    { name: 'Evergreen Timber Products', occupations: ['mill worker', 'log truck driver'] },
    { name: 'Rainier Grocery Cooperative', occupations: ['stock clerk', 'produce clerk'] },
  ],
  'US-OR': [
    { name: 'Columbia Gorge Orchards', occupations: ['orchard worker', 'equipment operator'] },
    { name: 'Willamette Paper Company', occupations: ['machine tender', 'maintenance mechanic'] },
    { name: 'Cascade Home Care', occupations: ['home care aide', 'caregiver'] },
  ],
  'US-CT': [
    { name: 'Naugatuck Precision Machining', occupations: ['machinist', 'CNC operator'] },
    { name: 'Shoreline Regional Hospital', occupations: ['nurse aide', 'registered nurse', 'dietary aide'] },
    { name: 'Nutmeg State Freight', occupations: ['truck driver', 'dock worker'] },
  ],
};

/** Occupations of claimants whose case is not about a workplace injury. */
export const OTHER_OCCUPATIONS: readonly string[] = ['office manager', 'retail sales associate', 'software developer', 'teacher', 'electrician', 'hair stylist', 'accountant', 'restaurant server'];

export interface AttorneySeed {
  name: string;
  firm: string;
  domain: string;
}

/**
 * Claimant representatives, by jurisdiction. 'Marisol Treviño' and 'Daniel Okonkwo' are parties of conflicts
 * the examiners demo declares.
 */
export const ATTORNEYS: Readonly<Record<string, readonly AttorneySeed[]>> = {
  'US-NY': [
    { name: 'Rebecca Lindqvist', firm: 'Lindqvist & Amato, PC', domain: 'lindqvistamato.example' },
    { name: 'Hector Salgado', firm: 'Salgado Injury Lawyers', domain: 'salgadolaw.example' },
    { name: 'Naomi Fairbanks', firm: 'Fairbanks Workers’ Rights Group', domain: 'fairbankswrg.example' },
  ],
  'US-CA': [
    { name: 'Marisol Treviño', firm: 'Treviño & Gale LLP', domain: 'trevinogale.example' },
    { name: 'Kenji Arakawa', firm: 'Arakawa Applicants’ Attorneys', domain: 'arakawalaw.example' },
    { name: 'Lorena Batista', firm: 'Batista Law Group', domain: 'batistalaw.example' },
    { name: 'Paul Whitmore', firm: 'Whitmore & Reyes', domain: 'whitmorereyes.example' },
  ],
  'US-WA': [
    { name: 'Daniel Okonkwo', firm: 'Okonkwo Injury Law PLLC', domain: 'okonkwolaw.example' },
    { name: 'Greta Halvorsen', firm: 'Halvorsen Labor & Industries Law', domain: 'halvorsenlaw.example' },
  ],
  'US-OR': [
    { name: 'Isaac Moreland', firm: 'Moreland Workers’ Law', domain: 'morelandlaw.example' },
    { name: 'Tamsin Roe', firm: 'Roe & Kettering', domain: 'roekettering.example' },
  ],
  'US-CT': [
    { name: 'Vincent Carbone', firm: 'Carbone & Pike LLC', domain: 'carbonepike.example' },
    { name: 'Adaeze Nwosu', firm: 'Nwosu Legal', domain: 'nwosulegal.example' },
  ],
};

export interface ClaimantCity {
  city: string;
  region: string;
  postalCode: string;
  latitude: number;
  longitude: number;
  areaCode: string;
  /** Relative share of the jurisdiction's claimants. */
  weight: number;
}

/** Real cities with their real coordinates, where claimants live; the street addresses are invented. */
export const CLAIMANT_CITIES: Readonly<Record<string, readonly ClaimantCity[]>> = {
  'US-NY': [
    { city: 'New York', region: 'NY', postalCode: '10027', latitude: 40.8116, longitude: -73.9465, areaCode: '212', weight: 5 },
    { city: 'Brooklyn', region: 'NY', postalCode: '11212', latitude: 40.6629, longitude: -73.9129, areaCode: '718', weight: 5 },
    { city: 'Bronx', region: 'NY', postalCode: '10451', latitude: 40.8448, longitude: -73.8648, areaCode: '718', weight: 3 },
    { city: 'Jamaica', region: 'NY', postalCode: '11432', latitude: 40.7027, longitude: -73.789, areaCode: '718', weight: 3 },
    { city: 'Hempstead', region: 'NY', postalCode: '11550', latitude: 40.7062, longitude: -73.6187, areaCode: '516', weight: 2 },
    { city: 'Yonkers', region: 'NY', postalCode: '10701', latitude: 40.9312, longitude: -73.8988, areaCode: '914', weight: 2 },
    { city: 'Albany', region: 'NY', postalCode: '12206', latitude: 42.6526, longitude: -73.7562, areaCode: '518', weight: 2 },
    { city: 'Schenectady', region: 'NY', postalCode: '12305', latitude: 42.8142, longitude: -73.9396, areaCode: '518', weight: 1 },
    { city: 'Buffalo', region: 'NY', postalCode: '14207', latitude: 42.8864, longitude: -78.8784, areaCode: '716', weight: 2 },
    { city: 'Rochester', region: 'NY', postalCode: '14605', latitude: 43.1566, longitude: -77.6088, areaCode: '585', weight: 2 },
    { city: 'Syracuse', region: 'NY', postalCode: '13203', latitude: 43.0481, longitude: -76.1474, areaCode: '315', weight: 1 },
  ],
  'US-CA': [
    { city: 'Los Angeles', region: 'CA', postalCode: '90011', latitude: 34.0522, longitude: -118.2437, areaCode: '323', weight: 6 },
    { city: 'Long Beach', region: 'CA', postalCode: '90813', latitude: 33.7701, longitude: -118.1937, areaCode: '562', weight: 2 },
    { city: 'Anaheim', region: 'CA', postalCode: '92805', latitude: 33.8366, longitude: -117.9143, areaCode: '714', weight: 2 },
    { city: 'Pasadena', region: 'CA', postalCode: '91101', latitude: 34.1478, longitude: -118.1445, areaCode: '626', weight: 1 },
    { city: 'San Francisco', region: 'CA', postalCode: '94110', latitude: 37.7749, longitude: -122.4194, areaCode: '415', weight: 2 },
    { city: 'Oakland', region: 'CA', postalCode: '94601', latitude: 37.8044, longitude: -122.2712, areaCode: '510', weight: 2 },
    { city: 'San Jose', region: 'CA', postalCode: '95116', latitude: 37.3382, longitude: -121.8863, areaCode: '408', weight: 2 },
    { city: 'Sacramento', region: 'CA', postalCode: '95815', latitude: 38.5816, longitude: -121.4944, areaCode: '916', weight: 1 },
    { city: 'Fresno', region: 'CA', postalCode: '93706', latitude: 36.7378, longitude: -119.7871, areaCode: '559', weight: 1 },
    { city: 'San Diego', region: 'CA', postalCode: '92113', latitude: 32.7157, longitude: -117.1611, areaCode: '619', weight: 1 },
  ],
  'US-WA': [
    { city: 'Seattle', region: 'WA', postalCode: '98108', latitude: 47.6062, longitude: -122.3321, areaCode: '206', weight: 4 },
    { city: 'Tacoma', region: 'WA', postalCode: '98404', latitude: 47.2529, longitude: -122.4443, areaCode: '253', weight: 2 },
    { city: 'Everett', region: 'WA', postalCode: '98201', latitude: 47.979, longitude: -122.2021, areaCode: '425', weight: 2 },
    { city: 'Kent', region: 'WA', postalCode: '98032', latitude: 47.3809, longitude: -122.2348, areaCode: '253', weight: 1 },
    { city: 'Spokane', region: 'WA', postalCode: '99202', latitude: 47.6588, longitude: -117.426, areaCode: '509', weight: 1 },
    { city: 'Vancouver', region: 'WA', postalCode: '98661', latitude: 45.6387, longitude: -122.6615, areaCode: '360', weight: 1 },
  ],
  'US-OR': [
    { city: 'Portland', region: 'OR', postalCode: '97206', latitude: 45.5152, longitude: -122.6784, areaCode: '503', weight: 4 },
    { city: 'Gresham', region: 'OR', postalCode: '97030', latitude: 45.4982, longitude: -122.431, areaCode: '503', weight: 1 },
    { city: 'Salem', region: 'OR', postalCode: '97301', latitude: 44.9429, longitude: -123.0351, areaCode: '503', weight: 2 },
    { city: 'Eugene', region: 'OR', postalCode: '97402', latitude: 44.0521, longitude: -123.0868, areaCode: '541', weight: 2 },
    { city: 'Medford', region: 'OR', postalCode: '97501', latitude: 42.3265, longitude: -122.8756, areaCode: '541', weight: 1 },
  ],
  'US-CT': [
    { city: 'Hartford', region: 'CT', postalCode: '06106', latitude: 41.7658, longitude: -72.6734, areaCode: '860', weight: 3 },
    { city: 'New Haven', region: 'CT', postalCode: '06511', latitude: 41.3083, longitude: -72.9279, areaCode: '203', weight: 3 },
    { city: 'Bridgeport', region: 'CT', postalCode: '06605', latitude: 41.1865, longitude: -73.1952, areaCode: '203', weight: 2 },
    { city: 'Stamford', region: 'CT', postalCode: '06902', latitude: 41.0534, longitude: -73.5387, areaCode: '203', weight: 1 },
    { city: 'Waterbury', region: 'CT', postalCode: '06704', latitude: 41.5582, longitude: -73.0515, areaCode: '203', weight: 2 },
  ],
};

export const STREETS: readonly string[] = ['Maple Avenue', 'Elm Street', 'Washington Street', 'Lincoln Avenue', 'Park Place', 'Cedar Lane', 'Oak Street', 'Highland Avenue', 'Pine Street', 'Riverside Drive', '3rd Street', 'Jefferson Avenue', 'Grove Street', 'Franklin Avenue', 'Orchard Road'];

/** Languages claimants speak, per jurisdiction, with relative weights. */
export const CLAIMANT_LANGUAGES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'US-NY': { en: 74, es: 16, zh: 4, ru: 4, vi: 2 },
  'US-CA': { en: 58, es: 32, zh: 4, vi: 6 },
  'US-WA': { en: 80, es: 10, vi: 5, ru: 5 },
  'US-OR': { en: 85, es: 12, ru: 3 },
  'US-CT': { en: 84, es: 16 },
};

export const CLAIMANT_FIRST_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['James', 'Mary', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'William', 'Linda', 'Christopher', 'Elizabeth', 'Anthony', 'Jessica', 'Kevin', 'Ashley', 'Brian', 'Kimberly', 'Jamal', 'Tanisha', 'Dwayne', 'Keisha', 'Tyler', 'Brittany', 'Shawn', 'Megan', 'Raymond', 'Donna', 'Marcus', 'Crystal', 'Gary', 'Heather'],
  es: ['José', 'María', 'Luis', 'Guadalupe', 'Juan', 'Rosa', 'Miguel', 'Ana', 'Jesús', 'Carmen', 'Francisco', 'Verónica', 'Pedro', 'Leticia', 'Jorge', 'Yesenia'],
  zh: ['Wei', 'Fang', 'Jian', 'Xiu', 'Lei', 'Hong', 'Ming', 'Yan'],
  ru: ['Ivan', 'Svetlana', 'Nikolai', 'Tatiana', 'Andrei', 'Galina', 'Pavel', 'Ludmila'],
  vi: ['Tuan', 'Lan', 'Hung', 'Mai', 'Phuong', 'Long', 'Huong', 'Khanh'],
};

export const CLAIMANT_LAST_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Campbell', 'Mitchell', 'Roberts', 'Murphy', 'Sullivan', 'Kowalski', 'O’Brien'],
  es: ['García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Gómez', 'Díaz', 'Reyes', 'Morales', 'Cruz', 'Ortiz', 'Gutiérrez', 'Chávez'],
  zh: ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Wu'],
  ru: ['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova', 'Vasiliev', 'Sokolova', 'Mikhailov', 'Fedorova'],
  vi: ['Nguyen', 'Tran', 'Le', 'Pham', 'Huynh', 'Phan', 'Vu', 'Do'],
};

export interface InjuryScenario {
  /** Specialties that evaluate it, most usual first. */
  specialties: readonly string[];
  bodyParts: readonly string[];
  /** What the condition is attributed to: "… attributed to <mechanism>". */
  mechanism: string;
  /** Reasons it is typically referred for. */
  reasons: readonly ImeReason[];
  linesOfBusiness: readonly LineOfBusiness[];
  /** Telehealth is clinically acceptable (interviews, records-heavy evaluations). */
  telehealthSuitable?: boolean;
  weight: number;
}

/**
 * What the demo claimants were hurt by. Body parts use the vocabulary the reports demo maps to ICD-10 codes,
 * impairment tables and restrictions ('lumbar spine', 'left knee', 'psyche' …).
 */
export const SCENARIOS: readonly InjuryScenario[] = [
  { specialties: ['ORTHO_SPINE', 'ORTHO', 'PMR', 'NEUROSURG', 'PAIN'], bodyParts: ['lumbar spine'], mechanism: 'lifting a 60-pound load from the floor', reasons: ['CAUSATION', 'TREATMENT_NEED', 'WORK_CAPACITY', 'MMI', 'IMPAIRMENT_RATING'], linesOfBusiness: ['WORKERS_COMP'], weight: 9 },
  { specialties: ['ORTHO_SPINE', 'ORTHO', 'PMR', 'NEURO', 'NEUROSURG'], bodyParts: ['cervical spine'], mechanism: 'being rear-ended while stopped at a light', reasons: ['CAUSATION', 'EXTENT_OF_INJURY', 'TREATMENT_NEED'], linesOfBusiness: ['AUTO', 'LIABILITY'], weight: 6 },
  { specialties: ['ORTHO_SPINE', 'PMR', 'ORTHO'], bodyParts: ['cervical spine', 'lumbar spine'], mechanism: 'a fall from a stepladder', reasons: ['CAUSATION', 'WORK_CAPACITY', 'MMI', 'IMPAIRMENT_RATING', 'DISPUTE_RESOLUTION'], linesOfBusiness: ['WORKERS_COMP'], weight: 4 },
  { specialties: ['ORTHO_SPORTS', 'ORTHO'], bodyParts: ['right knee'], mechanism: 'twisting the knee stepping down from a vehicle', reasons: ['CAUSATION', 'TREATMENT_NEED', 'WORK_CAPACITY', 'MMI', 'IMPAIRMENT_RATING'], linesOfBusiness: ['WORKERS_COMP', 'LIABILITY'], weight: 5 },
  { specialties: ['ORTHO', 'ORTHO_SPORTS'], bodyParts: ['left knee'], mechanism: 'slipping on a wet floor and landing on the knee', reasons: ['CAUSATION', 'EXTENT_OF_INJURY', 'TREATMENT_NEED', 'IMPAIRMENT_RATING'], linesOfBusiness: ['WORKERS_COMP', 'LIABILITY'], weight: 4 },
  { specialties: ['ORTHO', 'ORTHO_SPORTS', 'PMR'], bodyParts: ['right shoulder'], mechanism: 'repetitive overhead lifting at work', reasons: ['CAUSATION', 'TREATMENT_NEED', 'WORK_CAPACITY', 'MMI', 'IMPAIRMENT_RATING'], linesOfBusiness: ['WORKERS_COMP'], weight: 5 },
  { specialties: ['ORTHO', 'ORTHO_SPORTS'], bodyParts: ['left shoulder'], mechanism: 'being thrown against the door in a side-impact collision', reasons: ['CAUSATION', 'EXTENT_OF_INJURY', 'TREATMENT_NEED'], linesOfBusiness: ['AUTO', 'LIABILITY'], weight: 2 },
  { specialties: ['ORTHO_HAND', 'ORTHO', 'NEURO'], bodyParts: ['right wrist'], mechanism: 'several years of repetitive hand-intensive work', reasons: ['CAUSATION', 'TREATMENT_NEED', 'WORK_CAPACITY', 'IMPAIRMENT_RATING'], linesOfBusiness: ['WORKERS_COMP'], weight: 4 },
  { specialties: ['ORTHO_HAND', 'ORTHO'], bodyParts: ['right hand'], mechanism: 'catching the hand in machinery', reasons: ['EXTENT_OF_INJURY', 'TREATMENT_NEED', 'MMI', 'IMPAIRMENT_RATING'], linesOfBusiness: ['WORKERS_COMP'], weight: 2 },
  { specialties: ['ORTHO_SPORTS', 'ORTHO'], bodyParts: ['right ankle'], mechanism: 'stepping into a pothole at the worksite', reasons: ['CAUSATION', 'TREATMENT_NEED', 'MMI'], linesOfBusiness: ['WORKERS_COMP', 'LIABILITY'], weight: 2 },
  { specialties: ['ORTHO'], bodyParts: ['right hip'], mechanism: 'a fall on ice in the employee parking lot', reasons: ['CAUSATION', 'TREATMENT_NEED', 'IMPAIRMENT_RATING', 'SECOND_OPINION'], linesOfBusiness: ['WORKERS_COMP', 'LIABILITY'], weight: 2 },
  { specialties: ['NEURO', 'PSYCH'], bodyParts: ['head'], mechanism: 'striking the head on a low beam', reasons: ['CAUSATION', 'EXTENT_OF_INJURY', 'WORK_CAPACITY', 'TREATMENT_NEED'], linesOfBusiness: ['WORKERS_COMP', 'AUTO'], telehealthSuitable: true, weight: 3 },
  { specialties: ['PSYCH', 'PSYCHOLOGY'], bodyParts: ['psyche'], mechanism: 'witnessing a fatal accident at work', reasons: ['CAUSATION', 'TREATMENT_NEED', 'WORK_CAPACITY', 'MMI', 'DISPUTE_RESOLUTION'], linesOfBusiness: ['WORKERS_COMP'], telehealthSuitable: true, weight: 4 },
  { specialties: ['PSYCH', 'PSYCHOLOGY'], bodyParts: ['psyche'], mechanism: 'an assault at work', reasons: ['CAUSATION', 'TREATMENT_NEED', 'WORK_CAPACITY'], linesOfBusiness: ['WORKERS_COMP'], telehealthSuitable: true, weight: 2 },
  { specialties: ['PSYCH', 'PSYCHOLOGY', 'INT_MED'], bodyParts: ['psyche'], mechanism: 'a gradual onset of depression and anxiety that led to leaving work', reasons: ['WORK_CAPACITY', 'TREATMENT_NEED', 'SECOND_OPINION'], linesOfBusiness: ['DISABILITY'], telehealthSuitable: true, weight: 3 },
  { specialties: ['PAIN', 'PMR', 'NEURO'], bodyParts: ['right upper extremity'], mechanism: 'a crush injury of the right forearm followed by persistent burning pain', reasons: ['EXTENT_OF_INJURY', 'TREATMENT_NEED', 'WORK_CAPACITY', 'MMI'], linesOfBusiness: ['WORKERS_COMP'], weight: 2 },
  { specialties: ['PMR', 'PAIN', 'OCC_MED'], bodyParts: ['lumbar spine'], mechanism: 'years of heavy lifting at work', reasons: ['TREATMENT_NEED', 'WORK_CAPACITY', 'MMI', 'IMPAIRMENT_RATING'], linesOfBusiness: ['WORKERS_COMP', 'DISABILITY'], weight: 3 },
  { specialties: ['OCC_MED', 'ORTHO_HAND', 'PMR'], bodyParts: ['right elbow'], mechanism: 'repetitive forceful gripping at work', reasons: ['CAUSATION', 'WORK_CAPACITY', 'TREATMENT_NEED'], linesOfBusiness: ['WORKERS_COMP'], weight: 3 },
  { specialties: ['OCC_MED', 'INT_MED'], bodyParts: ['lungs'], mechanism: 'exposure to cleaning-chemical fumes in a poorly ventilated room', reasons: ['CAUSATION', 'WORK_CAPACITY', 'TREATMENT_NEED'], linesOfBusiness: ['WORKERS_COMP'], telehealthSuitable: true, weight: 2 },
  { specialties: ['OCC_MED'], bodyParts: ['skin'], mechanism: 'daily contact with epoxy resins', reasons: ['CAUSATION', 'WORK_CAPACITY'], linesOfBusiness: ['WORKERS_COMP'], telehealthSuitable: true, weight: 1 },
  { specialties: ['INT_MED'], bodyParts: ['heart'], mechanism: 'a myocardial infarction followed by exertional fatigue', reasons: ['WORK_CAPACITY', 'TREATMENT_NEED', 'SECOND_OPINION'], linesOfBusiness: ['DISABILITY'], telehealthSuitable: true, weight: 2 },
  { specialties: ['INT_MED', 'NEURO'], bodyParts: ['whole person'], mechanism: 'progressive diabetic neuropathy of both feet', reasons: ['WORK_CAPACITY', 'TREATMENT_NEED'], linesOfBusiness: ['DISABILITY'], telehealthSuitable: true, weight: 2 },
];

/**
 * Wording of the referral questions, by the reason they serve; `{part}` is replaced with the body parts.
 * The reports demo answers each question by its reason.
 */
export const QUESTION_TEMPLATES: Readonly<Record<ImeReason, readonly string[]>> = {
  CAUSATION: [
    'Is the condition of the {part} causally related to the reported incident? Please explain the mechanism.',
    'Within a reasonable degree of medical probability, what caused the {part} condition?',
    'Is there a pre-existing condition of the {part}, and did the incident aggravate it?',
  ],
  EXTENT_OF_INJURY: [
    'What is the nature and extent of the injury to the {part}?',
    'Do the objective findings support the subjective complaints regarding the {part}?',
  ],
  TREATMENT_NEED: [
    'Is further treatment of the {part} reasonable and necessary? If so, what treatment and for how long?',
    'Is the proposed surgery of the {part} medically necessary?',
    'Is continued physical therapy for the {part} indicated?',
  ],
  WORK_CAPACITY: [
    'Can the claimant return to their regular job? If not, what restrictions apply and for how long?',
    'What is the claimant’s current work capacity: full duty, modified duty or no work?',
  ],
  IMPAIRMENT_RATING: [
    'Please provide a whole-person impairment rating for the {part}, citing the guide edition, table and page.',
    'What is the permanent impairment, if any, of the {part}?',
  ],
  MMI: ['Has the claimant reached maximum medical improvement? If so, on what date?', 'When is maximum medical improvement expected for the {part}?'],
  SECOND_OPINION: ['Do you agree with the treating physician’s diagnosis and treatment plan for the {part}?'],
  DISPUTE_RESOLUTION: [
    'Please address the disputed issues listed by the parties regarding the {part}, including apportionment.',
    'What percentage of the permanent disability, if any, is apportioned to causes other than the industrial injury?',
  ],
};

/** A question that serves no single reason, asked in some referrals after the others. */
export const GENERAL_QUESTIONS: readonly string[] = [
  'Are there any non-industrial or pre-existing factors contributing to the current complaints?',
  'Is there evidence of symptom magnification or inconsistent effort during the examination?',
  'Please comment on the appropriateness of the current medications.',
];

export const CANCELLATION_REASONS: Readonly<Partial<Record<CaseParty, readonly string[]>>> = {
  CLIENT: ['Claim settled before the examination', 'Referral withdrawn by the adjuster', 'Duplicate referral for the same claim'],
  CLAIMANT: ['Claimant hospitalised for an unrelated condition', 'Claimant moved out of state'],
  ATTORNEY: ["Claimant's attorney objected to the examination and the parties agreed to withdraw it"],
  EXAMINER: ['Examiner unavailable (illness); case to be re-referred'],
  ADMIN: ['No eligible examiner available within the travel distance'],
};
