/**
 * The fixed material of the examiners demo panel: the specialty taxonomy, the group practices, the office
 * cities, the roster of examiners and the name pools their names are drawn from. Every person here is
 * invented; e-mail domains use the reserved `.example` TLD and phone numbers the fictional 555-01xx range.
 */

export interface SpecialtySeed {
  code: string;
  name: string;
  description: string;
  parent?: string;
  /** Who certifies it, for the BOARD_CERTIFICATION credential. */
  board: string;
}

/** About a dozen nodes: the specialties IMEs are most often ordered in, orthopaedics with three children. */
export const SPECIALTIES: readonly SpecialtySeed[] = [
  { code: 'ORTHO', name: 'Orthopaedic surgery', description: 'Musculoskeletal injuries of the spine and extremities', board: 'American Board of Orthopaedic Surgery' },
  { code: 'ORTHO_SPINE', name: 'Orthopaedic spine surgery', description: 'Cervical, thoracic and lumbar spine', parent: 'ORTHO', board: 'American Board of Orthopaedic Surgery' },
  { code: 'ORTHO_HAND', name: 'Hand and upper extremity surgery', description: 'Hand, wrist and elbow, including nerve entrapment', parent: 'ORTHO', board: 'American Board of Orthopaedic Surgery' },
  { code: 'ORTHO_SPORTS', name: 'Orthopaedic sports medicine', description: 'Knee, shoulder and ankle ligament and cartilage injuries', parent: 'ORTHO', board: 'American Board of Orthopaedic Surgery' },
  { code: 'NEURO', name: 'Neurology', description: 'Head injury, radiculopathy, peripheral neuropathy; EMG and nerve conduction', board: 'American Board of Psychiatry and Neurology' },
  { code: 'NEUROSURG', name: 'Neurosurgery', description: 'Surgical disorders of the brain and spine', board: 'American Board of Neurological Surgery' },
  { code: 'PSYCH', name: 'Psychiatry', description: 'Work-related stress, PTSD, depression and anxiety', board: 'American Board of Psychiatry and Neurology' },
  { code: 'PSYCHOLOGY', name: 'Psychology', description: 'Psychological testing and evaluation (licensed psychologists)', board: 'American Board of Professional Psychology' },
  { code: 'PMR', name: 'Physical medicine & rehabilitation', description: 'Function, rehabilitation and non-surgical spine care', board: 'American Board of Physical Medicine and Rehabilitation' },
  { code: 'OCC_MED', name: 'Occupational medicine', description: 'Workplace injuries and exposures, fitness for duty', board: 'American Board of Preventive Medicine' },
  { code: 'INT_MED', name: 'Internal medicine', description: 'Cardiac, pulmonary and metabolic conditions, disability evaluations', board: 'American Board of Internal Medicine' },
  { code: 'PAIN', name: 'Pain medicine', description: 'Chronic pain, complex regional pain syndrome, interventional treatment', board: 'American Board of Anesthesiology' },
];

export interface PracticeGroupSeed {
  key: string;
  name: string;
  website: string;
  /** E-mail domain of its examiners. */
  domain: string;
}

/** Ten group practices; panels take at most one examiner from each (CA: grounds for a replacement panel). */
export const PRACTICE_GROUPS: readonly PracticeGroupSeed[] = [
  { key: 'metro', name: 'Metropolitan Independent Medical Evaluations, PLLC', website: 'https://metro-ime.example', domain: 'metro-ime.example' },
  { key: 'hudson', name: 'Hudson Valley Orthopaedic Associates', website: 'https://hudsonvalleyortho.example', domain: 'hudsonvalleyortho.example' },
  { key: 'greatlakes', name: 'Great Lakes Occupational Medicine', website: 'https://greatlakesoccmed.example', domain: 'greatlakesoccmed.example' },
  { key: 'pacific', name: 'Pacific Medical-Legal Evaluators', website: 'https://pacificmedlegal.example', domain: 'pacificmedlegal.example' },
  { key: 'goldengate', name: 'Golden Gate Orthopaedic Associates', website: 'https://goldengateortho.example', domain: 'goldengateortho.example' },
  { key: 'socal', name: 'SoCal Spine & Pain Medical Group', website: 'https://socalspinepain.example', domain: 'socalspinepain.example' },
  { key: 'valley', name: 'Central Valley Occupational Health', website: 'https://cvoh.example', domain: 'cvoh.example' },
  { key: 'cascade', name: 'Cascade Independent Medical Examiners', website: 'https://cascadeime.example', domain: 'cascadeime.example' },
  { key: 'willamette', name: 'Willamette Valley Physicians Group', website: 'https://willamettephysicians.example', domain: 'willamettephysicians.example' },
  { key: 'ctriver', name: 'Connecticut River Valley Evaluators', website: 'https://ctrivereval.example', domain: 'ctrivereval.example' },
];

export interface OfficeCity {
  city: string;
  region: 'NY' | 'CA' | 'WA' | 'OR' | 'CT';
  postalCode: string;
  /** City-centre coordinates; the travel-distance rule measures from these. */
  latitude: number;
  longitude: number;
  areaCode: string;
  streets: readonly string[];
}

/** Real cities with their real coordinates; the street addresses built on them are invented. */
export const OFFICE_CITIES: Readonly<Record<string, OfficeCity>> = {
  'New York': { city: 'New York', region: 'NY', postalCode: '10016', latitude: 40.7128, longitude: -74.006, areaCode: '212', streets: ['Park Avenue South', 'East 34th Street', 'Lexington Avenue', 'Broadway'] },
  Brooklyn: { city: 'Brooklyn', region: 'NY', postalCode: '11201', latitude: 40.6782, longitude: -73.9442, areaCode: '718', streets: ['Court Street', 'Atlantic Avenue', 'Ocean Parkway'] },
  Queens: { city: 'Jamaica', region: 'NY', postalCode: '11432', latitude: 40.7027, longitude: -73.789, areaCode: '718', streets: ['Hillside Avenue', 'Sutphin Boulevard'] },
  Mineola: { city: 'Mineola', region: 'NY', postalCode: '11501', latitude: 40.7493, longitude: -73.6407, areaCode: '516', streets: ['Old Country Road', 'Mineola Boulevard'] },
  'White Plains': { city: 'White Plains', region: 'NY', postalCode: '10601', latitude: 41.034, longitude: -73.7629, areaCode: '914', streets: ['Mamaroneck Avenue', 'Bloomingdale Road'] },
  Albany: { city: 'Albany', region: 'NY', postalCode: '12207', latitude: 42.6526, longitude: -73.7562, areaCode: '518', streets: ['Washington Avenue', 'New Scotland Avenue', 'Wolf Road'] },
  Buffalo: { city: 'Buffalo', region: 'NY', postalCode: '14202', latitude: 42.8864, longitude: -78.8784, areaCode: '716', streets: ['Delaware Avenue', 'Main Street', 'Sheridan Drive'] },
  Rochester: { city: 'Rochester', region: 'NY', postalCode: '14604', latitude: 43.1566, longitude: -77.6088, areaCode: '585', streets: ['East Avenue', 'Monroe Avenue'] },
  Syracuse: { city: 'Syracuse', region: 'NY', postalCode: '13202', latitude: 43.0481, longitude: -76.1474, areaCode: '315', streets: ['James Street', 'East Genesee Street'] },
  'Los Angeles': { city: 'Los Angeles', region: 'CA', postalCode: '90017', latitude: 34.0522, longitude: -118.2437, areaCode: '213', streets: ['Wilshire Boulevard', 'West 6th Street', 'South Figueroa Street'] },
  'Long Beach': { city: 'Long Beach', region: 'CA', postalCode: '90802', latitude: 33.7701, longitude: -118.1937, areaCode: '562', streets: ['Ocean Boulevard', 'Atlantic Avenue'] },
  Anaheim: { city: 'Anaheim', region: 'CA', postalCode: '92805', latitude: 33.8366, longitude: -117.9143, areaCode: '714', streets: ['West Lincoln Avenue', 'South Harbor Boulevard'] },
  Riverside: { city: 'Riverside', region: 'CA', postalCode: '92501', latitude: 33.9806, longitude: -117.3755, areaCode: '951', streets: ['Market Street', 'Magnolia Avenue'] },
  'San Diego': { city: 'San Diego', region: 'CA', postalCode: '92101', latitude: 32.7157, longitude: -117.1611, areaCode: '619', streets: ['Fifth Avenue', 'Camino del Rio South', 'B Street'] },
  'San Francisco': { city: 'San Francisco', region: 'CA', postalCode: '94103', latitude: 37.7749, longitude: -122.4194, areaCode: '415', streets: ['Market Street', 'Post Street', 'Mission Street'] },
  Oakland: { city: 'Oakland', region: 'CA', postalCode: '94612', latitude: 37.8044, longitude: -122.2712, areaCode: '510', streets: ['Broadway', 'Harrison Street'] },
  'San Jose': { city: 'San Jose', region: 'CA', postalCode: '95113', latitude: 37.3382, longitude: -121.8863, areaCode: '408', streets: ['North First Street', 'Saratoga Avenue'] },
  Sacramento: { city: 'Sacramento', region: 'CA', postalCode: '95814', latitude: 38.5816, longitude: -121.4944, areaCode: '916', streets: ['Capitol Mall', 'J Street', 'Howe Avenue'] },
  Fresno: { city: 'Fresno', region: 'CA', postalCode: '93721', latitude: 36.7378, longitude: -119.7871, areaCode: '559', streets: ['Fulton Street', 'West Shaw Avenue'] },
  Bakersfield: { city: 'Bakersfield', region: 'CA', postalCode: '93301', latitude: 35.3733, longitude: -119.0187, areaCode: '661', streets: ['Truxtun Avenue', 'Chester Avenue'] },
  Seattle: { city: 'Seattle', region: 'WA', postalCode: '98104', latitude: 47.6062, longitude: -122.3321, areaCode: '206', streets: ['Madison Street', 'Boren Avenue', 'Fourth Avenue'] },
  Tacoma: { city: 'Tacoma', region: 'WA', postalCode: '98402', latitude: 47.2529, longitude: -122.4443, areaCode: '253', streets: ['Pacific Avenue', 'South J Street'] },
  Everett: { city: 'Everett', region: 'WA', postalCode: '98201', latitude: 47.979, longitude: -122.2021, areaCode: '425', streets: ['Colby Avenue', 'Hoyt Avenue'] },
  Spokane: { city: 'Spokane', region: 'WA', postalCode: '99201', latitude: 47.6588, longitude: -117.426, areaCode: '509', streets: ['West Sprague Avenue', 'South Division Street'] },
  Vancouver: { city: 'Vancouver', region: 'WA', postalCode: '98660', latitude: 45.6387, longitude: -122.6615, areaCode: '360', streets: ['Main Street', 'NE 87th Avenue'] },
  Portland: { city: 'Portland', region: 'OR', postalCode: '97204', latitude: 45.5152, longitude: -122.6784, areaCode: '503', streets: ['SW Broadway', 'NW Lovejoy Street', 'SW Barnes Road'] },
  Salem: { city: 'Salem', region: 'OR', postalCode: '97301', latitude: 44.9429, longitude: -123.0351, areaCode: '503', streets: ['Center Street NE', 'Commercial Street SE'] },
  Eugene: { city: 'Eugene', region: 'OR', postalCode: '97401', latitude: 44.0521, longitude: -123.0868, areaCode: '541', streets: ['Willamette Street', 'Country Club Road'] },
  Bend: { city: 'Bend', region: 'OR', postalCode: '97701', latitude: 44.0582, longitude: -121.3153, areaCode: '541', streets: ['NE Neff Road', 'NW Wall Street'] },
  Hartford: { city: 'Hartford', region: 'CT', postalCode: '06106', latitude: 41.7658, longitude: -72.6734, areaCode: '860', streets: ['Farmington Avenue', 'Seymour Street'] },
  'New Haven': { city: 'New Haven', region: 'CT', postalCode: '06510', latitude: 41.3083, longitude: -72.9279, areaCode: '203', streets: ['Chapel Street', 'Temple Street'] },
  Bridgeport: { city: 'Bridgeport', region: 'CT', postalCode: '06604', latitude: 41.1865, longitude: -73.1952, areaCode: '203', streets: ['Main Street', 'Park Avenue'] },
  Stamford: { city: 'Stamford', region: 'CT', postalCode: '06901', latitude: 41.0534, longitude: -73.5387, areaCode: '203', streets: ['Washington Boulevard', 'Summer Street'] },
};

/** The heritage a name is drawn from; examiners who offer a language other than English draw from its pool. */
export type NamePool = 'general' | 'es' | 'zh' | 'ru' | 'vi';

export type RosterStatus = 'ACTIVE' | 'PENDING_REVIEW' | 'SUSPENDED' | 'RETIRED';

/** Why a suspended examiner was suspended; shapes their credentials and reputation events to match. */
export type SuspensionKind = 'LICENCE_LAPSED' | 'COMPLAINTS' | 'INSURANCE_LAPSED';

export interface RosterEntry {
  /** Office city keys; the first is the main office. */
  offices: string[];
  /** Specialty codes; the first is the primary one. */
  specialties: string[];
  group: string | null;
  /** Jurisdictions licensed in besides the main office's state. */
  alsoLicensed?: string[];
  /** Languages offered besides English. */
  languages?: string[];
  telehealth?: boolean;
  status?: RosterStatus;
  suspension?: SuspensionKind;
  /** Approved within the last months, so only recent cases can have gone to them. */
  recentlyApproved?: boolean;
  /** California examiners who are not certified QMEs and so cannot sit on a QME panel. */
  noQme?: boolean;
  /** Second-state licences that lapsed without renewal (they stay on file, expired). */
  lapsedLicences?: string[];
  /** Second-state licences recorded but not yet verified. */
  unverifiedLicences?: string[];
}

/**
 * The panel: 63 examiners. Built by hand rather than drawn at random so that every specialty a demo case may
 * need has enough ACTIVE examiners near the claimants of each state, and that California has QMEs from at
 * least three practices per common specialty in Los Angeles and the Bay Area, which a panel of three needs.
 */
export const ROSTER: readonly RosterEntry[] = [
  // New York (18)
  { offices: ['New York'], specialties: ['ORTHO', 'ORTHO_SPORTS'], group: 'metro', alsoLicensed: ['US-CT'], lapsedLicences: ['US-CT'] },
  { offices: ['Brooklyn'], specialties: ['ORTHO_SPINE', 'ORTHO'], group: 'metro', languages: ['ru'] },
  { offices: ['New York', 'Mineola'], specialties: ['ORTHO', 'ORTHO_HAND'], group: null, languages: ['es'] },
  { offices: ['New York'], specialties: ['NEURO'], group: 'metro', languages: ['zh'], telehealth: true },
  { offices: ['Mineola'], specialties: ['PMR', 'PAIN'], group: null, languages: ['es'] },
  { offices: ['New York'], specialties: ['PSYCH'], group: null, languages: ['es'], telehealth: true },
  { offices: ['New York'], specialties: ['PSYCHOLOGY'], group: 'metro', languages: ['ru'], telehealth: true },
  { offices: ['White Plains'], specialties: ['ORTHO', 'ORTHO_SPORTS'], group: 'hudson', alsoLicensed: ['US-CT'], unverifiedLicences: ['US-CT'] },
  { offices: ['Albany'], specialties: ['ORTHO', 'ORTHO_SPINE'], group: 'hudson' },
  { offices: ['Albany'], specialties: ['OCC_MED', 'INT_MED'], group: 'hudson', telehealth: true },
  { offices: ['Buffalo'], specialties: ['ORTHO'], group: 'greatlakes' },
  { offices: ['Rochester', 'Syracuse'], specialties: ['OCC_MED', 'PMR'], group: 'greatlakes' },
  { offices: ['Buffalo'], specialties: ['PMR', 'PAIN'], group: 'greatlakes' },
  { offices: ['Queens'], specialties: ['INT_MED'], group: null, languages: ['zh'], telehealth: true },
  { offices: ['New York'], specialties: ['NEUROSURG'], group: null, alsoLicensed: ['US-CT'], recentlyApproved: true },
  { offices: ['Brooklyn'], specialties: ['PAIN', 'PMR'], group: null, languages: ['ru'], status: 'PENDING_REVIEW' },
  { offices: ['New York'], specialties: ['ORTHO_HAND'], group: 'metro', status: 'RETIRED' },
  { offices: ['Rochester'], specialties: ['PSYCH'], group: null, telehealth: true, status: 'SUSPENDED', suspension: 'INSURANCE_LAPSED' },
  // California (25)
  { offices: ['Los Angeles', 'Long Beach'], specialties: ['ORTHO', 'ORTHO_SPINE'], group: 'pacific', languages: ['es'] },
  { offices: ['Los Angeles'], specialties: ['ORTHO', 'ORTHO_SPORTS'], group: 'socal' },
  { offices: ['Long Beach', 'Anaheim'], specialties: ['ORTHO', 'ORTHO_HAND'], group: null },
  { offices: ['Anaheim', 'Los Angeles'], specialties: ['ORTHO_SPINE', 'ORTHO'], group: null, languages: ['zh'] },
  { offices: ['Los Angeles'], specialties: ['PSYCH'], group: 'pacific', languages: ['es'], telehealth: true },
  { offices: ['Los Angeles'], specialties: ['PSYCHOLOGY'], group: null, telehealth: true },
  { offices: ['Los Angeles', 'Anaheim'], specialties: ['PSYCH'], group: null, languages: ['vi'], telehealth: true },
  { offices: ['Los Angeles'], specialties: ['PMR', 'PAIN'], group: 'socal', languages: ['es'] },
  { offices: ['Riverside', 'Los Angeles'], specialties: ['PMR', 'PAIN'], group: null },
  { offices: ['Los Angeles'], specialties: ['PAIN', 'PMR'], group: null },
  { offices: ['Los Angeles'], specialties: ['OCC_MED', 'INT_MED'], group: 'pacific', noQme: true },
  { offices: ['Los Angeles'], specialties: ['NEURO'], group: null, languages: ['zh'], telehealth: true },
  { offices: ['San Diego'], specialties: ['ORTHO', 'ORTHO_SPORTS'], group: 'socal', languages: ['es'] },
  { offices: ['San Francisco'], specialties: ['ORTHO', 'ORTHO_SPINE'], group: 'goldengate', languages: ['zh'] },
  { offices: ['Oakland'], specialties: ['ORTHO', 'ORTHO_HAND'], group: null },
  { offices: ['San Jose', 'San Francisco'], specialties: ['ORTHO', 'ORTHO_SPORTS'], group: null, languages: ['vi'] },
  { offices: ['San Francisco'], specialties: ['PSYCH'], group: null, languages: ['ru'], telehealth: true },
  { offices: ['Oakland'], specialties: ['PMR', 'PAIN'], group: null, languages: ['es'] },
  { offices: ['San Francisco', 'Oakland'], specialties: ['PMR', 'OCC_MED'], group: 'goldengate' },
  { offices: ['Sacramento', 'Fresno'], specialties: ['OCC_MED', 'PMR'], group: 'valley' },
  { offices: ['Fresno', 'Bakersfield'], specialties: ['ORTHO'], group: 'valley', languages: ['es'] },
  { offices: ['San Francisco'], specialties: ['NEURO'], group: null, telehealth: true, recentlyApproved: true },
  { offices: ['Sacramento'], specialties: ['INT_MED', 'OCC_MED'], group: 'valley', noQme: true },
  { offices: ['San Jose'], specialties: ['PSYCHOLOGY'], group: null, languages: ['vi'], telehealth: true, status: 'PENDING_REVIEW' },
  { offices: ['Los Angeles'], specialties: ['ORTHO_SPINE'], group: 'pacific', status: 'SUSPENDED', suspension: 'LICENCE_LAPSED' },
  // Washington (8)
  { offices: ['Seattle'], specialties: ['ORTHO', 'ORTHO_SPORTS'], group: 'cascade', alsoLicensed: ['US-OR'] },
  { offices: ['Tacoma', 'Seattle'], specialties: ['ORTHO_SPINE', 'ORTHO'], group: 'cascade' },
  { offices: ['Seattle'], specialties: ['NEURO'], group: null, alsoLicensed: ['US-OR'], languages: ['vi'], telehealth: true, lapsedLicences: ['US-OR'] },
  { offices: ['Seattle'], specialties: ['PSYCH'], group: null, telehealth: true },
  { offices: ['Everett', 'Seattle'], specialties: ['OCC_MED', 'PMR'], group: null },
  { offices: ['Spokane'], specialties: ['ORTHO'], group: null, telehealth: true },
  { offices: ['Vancouver', 'Portland'], specialties: ['PMR', 'PAIN'], group: 'willamette', alsoLicensed: ['US-OR'] },
  { offices: ['Seattle'], specialties: ['PSYCHOLOGY'], group: 'cascade', telehealth: true, status: 'PENDING_REVIEW' },
  // Oregon (6)
  { offices: ['Portland'], specialties: ['ORTHO', 'ORTHO_SPINE'], group: 'willamette', alsoLicensed: ['US-WA'] },
  { offices: ['Portland'], specialties: ['PSYCHOLOGY'], group: null, telehealth: true },
  { offices: ['Salem', 'Portland'], specialties: ['OCC_MED'], group: 'willamette', languages: ['es'] },
  { offices: ['Eugene'], specialties: ['ORTHO', 'ORTHO_HAND'], group: null },
  { offices: ['Portland'], specialties: ['NEUROSURG'], group: 'cascade', alsoLicensed: ['US-WA'], unverifiedLicences: ['US-WA'] },
  { offices: ['Bend'], specialties: ['ORTHO_SPORTS', 'ORTHO'], group: null, status: 'SUSPENDED', suspension: 'COMPLAINTS' },
  // Connecticut (6)
  { offices: ['Hartford'], specialties: ['ORTHO', 'ORTHO_SPINE'], group: 'ctriver' },
  { offices: ['New Haven'], specialties: ['NEURO'], group: 'ctriver', telehealth: true },
  { offices: ['Stamford'], specialties: ['PSYCH'], group: null, alsoLicensed: ['US-NY'], languages: ['es'], telehealth: true },
  { offices: ['Hartford', 'New Haven'], specialties: ['PMR', 'OCC_MED'], group: 'ctriver' },
  { offices: ['Bridgeport', 'Stamford'], specialties: ['ORTHO_HAND', 'ORTHO'], group: null, languages: ['es'] },
  { offices: ['New Haven'], specialties: ['PAIN'], group: null, recentlyApproved: true },
];

export const FIRST_NAMES: Readonly<Record<NamePool, readonly string[]>> = {
  general: ['Andrew', 'Catherine', 'David', 'Eleanor', 'Gregory', 'Hannah', 'Jonathan', 'Karen', 'Laura', 'Michael', 'Nathan', 'Olivia', 'Patrick', 'Rachel', 'Samuel', 'Theresa', 'Victoria', 'William', 'Amara', 'Kwame', 'Priya', 'Rohan', 'Aisha', 'Omar', 'Leah', 'Daniel', 'Miriam', 'Colin', 'Ingrid', 'Tobias'],
  es: ['Alejandro', 'Beatriz', 'Carlos', 'Daniela', 'Eduardo', 'Gabriela', 'Javier', 'Lucía', 'Marisol', 'Ricardo', 'Sofía', 'Tomás'],
  zh: ['Wei', 'Li', 'Mei', 'Jun', 'Xiaoling', 'Hao', 'Ying', 'Chen'],
  ru: ['Alexei', 'Irina', 'Dmitri', 'Natalia', 'Sergei', 'Yelena', 'Mikhail', 'Olga'],
  vi: ['Anh', 'Minh', 'Thu', 'Quang', 'Linh', 'Duc', 'Hoa', 'Bao'],
};

export const LAST_NAMES: Readonly<Record<NamePool, readonly string[]>> = {
  general: ['Abernathy', 'Bianchi', 'Caldwell', 'Donnelly', 'Ellison', 'Fitzgerald', 'Goldberg', 'Hargrove', 'Iverson', 'Jablonski', 'Kaplan', 'Lindqvist', 'Mensah', 'Novak', 'Okafor', 'Patel', 'Quinlan', 'Rasmussen', 'Shapiro', 'Thornton', 'Underwood', 'Vasquez-Hale', 'Whitaker', 'Adeyemi', 'Brennan', 'Castellano', 'Desai', 'Eriksen', 'Falkner', 'Greenwald', 'Holloway', 'Kowalczyk', 'Lowenthal', 'Marchetti', 'Nakamura', 'Osei', 'Pemberton', 'Reinholt', 'Sorensen', 'Tanaka'],
  es: ['Alvarado', 'Benítez', 'Castañeda', 'Delgado', 'Espinoza', 'Figueroa', 'Guerrero', 'Herrera', 'Ibarra', 'Montoya', 'Navarro', 'Ortega', 'Peña', 'Quintero', 'Salazar', 'Valdez'],
  zh: ['Chen', 'Huang', 'Lin', 'Wang', 'Zhou', 'Liu', 'Zhang', 'Xu'],
  ru: ['Ivanova', 'Petrov', 'Sokolov', 'Kuznetsova', 'Volkov', 'Morozova', 'Lebedev', 'Orlova'],
  vi: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vo', 'Dang', 'Bui'],
};

export interface LicensingBoard {
  issuer: string;
  /** Builds a licence number in the board's format from random digits. */
  number: (digits: (count: number) => string, specialtyCode: string) => string;
}

/** State boards and the shape of their licence numbers (psychologists are licensed by a separate board). */
export const LICENSING_BOARDS: Readonly<Record<string, LicensingBoard>> = {
  'US-NY': {
    issuer: 'New York State Education Department, Office of the Professions',
    number: (d, s) => (s === 'PSYCHOLOGY' ? `0${d(5)}` : `2${d(5)}`),
  },
  'US-CA': {
    issuer: 'Medical Board of California',
    number: (d, s) => (s === 'PSYCHOLOGY' ? `PSY ${d(5)}` : `A${d(6)}`),
  },
  'US-WA': {
    issuer: 'Washington Medical Commission',
    number: (d, s) => (s === 'PSYCHOLOGY' ? `PY${d(8)}` : `MD${d(8)}`),
  },
  'US-OR': {
    issuer: 'Oregon Medical Board',
    number: (d, s) => (s === 'PSYCHOLOGY' ? `${d(4)}` : `MD${d(6)}`),
  },
  'US-CT': {
    issuer: 'Connecticut Department of Public Health',
    number: (d, s) => (s === 'PSYCHOLOGY' ? `00${d(4)}` : `0${d(5)}`),
  },
};

/** Psychologists hold their licence from a psychology board rather than the medical board. */
export const PSYCHOLOGY_BOARDS: Readonly<Record<string, string>> = {
  'US-NY': 'New York State Education Department, Office of the Professions (Psychology)',
  'US-CA': 'California Board of Psychology',
  'US-WA': 'Washington Examining Board of Psychology',
  'US-OR': 'Oregon Board of Psychology',
  'US-CT': 'Connecticut Department of Public Health (Psychology)',
};

export const MALPRACTICE_CARRIERS: readonly string[] = [
  'Physicians Mutual Liability Exchange',
  'Keystone Medical Protective Company',
  'Pacific Physicians Indemnity Trust',
  'Northeast Medical Risk Retention Group',
];

/** Who on the panel staff verifies credentials and records reputation events (roles, not people). */
export const CREDENTIALING_STAFF: readonly string[] = ['Credentialing desk', 'Panel administrator', 'Credentialing verification service'];

/**
 * Conflicts the demo examiners declare. The party names are ones the cases demo also uses — two of its
 * clients, two employers and two claimant attorneys — so these declarations really rule examiners out of some
 * demo cases. Only organisations and attorneys: an examiner's declared former patient would be claimant PII.
 */
export interface ConflictSeed {
  /** An examiner licensed here declares it. */
  jurisdiction: string;
  partyType: 'CLIENT' | 'EMPLOYER' | 'ATTORNEY';
  /**
   * The party as the cases subgraph keys it (docs/rules.md, "Conflicts and party keys"): a client by its name in
   * the cases demo (the seeder keys it by that client's id), an attorney by the firm, an employer by its name.
   */
  identity: string;
  /** Non-identifying label for organisations (the firm, for an attorney). */
  label: string;
  reason: string;
  startsOn: string | null;
  endsOn: string | null;
}

export const CONFLICTS: readonly ConflictSeed[] = [
  {
    jurisdiction: 'US-NY',
    partyType: 'CLIENT',
    identity: 'Empire State Mutual Insurance Company',
    label: 'Empire State Mutual Insurance Company',
    reason: "Performs utilization reviews for the carrier's claims department under a consulting agreement",
    startsOn: '2023-03-01',
    endsOn: null,
  },
  {
    jurisdiction: 'US-CA',
    partyType: 'CLIENT',
    identity: 'Pacific Coast Casualty Insurance Company',
    label: 'Pacific Coast Casualty Insurance Company',
    reason: "Was a retained medical consultant to the carrier's special investigations unit",
    startsOn: '2022-01-01',
    endsOn: '2025-06-30',
  },
  {
    jurisdiction: 'US-NY',
    partyType: 'EMPLOYER',
    identity: 'Hudson Logistics Inc.',
    label: 'Hudson Logistics Inc.',
    reason: "Spouse works in the employer's occupational health department",
    startsOn: '2021-09-01',
    endsOn: null,
  },
  {
    jurisdiction: 'US-CA',
    partyType: 'EMPLOYER',
    identity: 'Golden State Distribution Centers',
    label: 'Golden State Distribution Centers',
    reason: "Staffs the employer's on-site occupational health clinic one day a week",
    startsOn: '2024-02-01',
    endsOn: null,
  },
  {
    jurisdiction: 'US-CA',
    partyType: 'ATTORNEY',
    identity: 'Treviño & Gale LLP',
    label: 'Treviño & Gale LLP',
    reason: "Regularly retained as an expert witness by this applicant's attorney",
    startsOn: '2023-06-01',
    endsOn: null,
  },
  {
    jurisdiction: 'US-WA',
    partyType: 'ATTORNEY',
    identity: 'Okonkwo Injury Law PLLC',
    label: 'Okonkwo Injury Law PLLC',
    reason: 'Close personal friendship with the attorney',
    startsOn: null,
    endsOn: null,
  },
];

export const SUSPENSION_REASONS: Readonly<Record<SuspensionKind, string>> = {
  LICENCE_LAPSED: 'Medical licence lapsed without renewal; suspended until the renewed licence is verified',
  COMPLAINTS: "Three conduct complaints within six months; suspended pending the panel committee's review",
  INSURANCE_LAPSED: 'Malpractice insurance certificate expired and no renewal was provided',
};

export const RETIREMENT_REASONS: readonly string[] = ['Retired from clinical practice', 'Retired; no longer accepting IME referrals'];

/**
 * Notes of reputation events: about conduct and diligence, never about whose side the findings favour.
 * Feedback notes come in two moods so a poor rating does not carry a glowing note.
 */
export const REPUTATION_NOTES = {
  QA_AUDIT: [
    'Quarterly audit of five reports: complete answers, records list thorough',
    'Audit sample: one report cited the impairment table without its page',
    'Audit: histories well organised; two reports late by a day',
    'Audit of three reports: all referral questions answered, clear restrictions',
    'Audit: records reviewed listed in full; diagnosis codes consistent with findings',
  ],
  COMPLAINT: [
    'Claimant reported the examination started 50 minutes late without explanation',
    'Claimant reported feeling rushed; exam ended before range of motion was tested',
    'Attorney complained the report was served on the client but not on the claimant',
    'Claimant reported dismissive remarks about their pain complaints',
  ],
  CLIENT_FEEDBACK_GOOD: [
    'Clear, well-supported report; questions answered in order',
    'Report on time and easy to follow',
    'Prompt scheduling and thorough records review',
  ],
  CLIENT_FEEDBACK_POOR: ['Needed a follow-up call to clarify work restrictions', 'Report arrived after the due date without notice'],
  CLAIMANT_FEEDBACK_GOOD: [
    'Examiner explained each step of the exam',
    'Courteous staff; waiting time under 15 minutes',
    'Interpreter arrangements worked well',
    'Felt the examiner listened carefully',
  ],
  CLAIMANT_FEEDBACK_POOR: ['Long wait before the exam started', 'Felt the exam was hurried'],
  COMMENDATION: [
    'Commended by the claims manager for a thorough apportionment analysis',
    'Accepted three urgent referrals on short notice',
    'Commended by the panel committee for mentoring new examiners',
  ],
} as const;
