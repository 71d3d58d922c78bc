/**
 * The clinical material of the demo reports, keyed by the body parts the cases demo uses: ICD-10-CM codes,
 * complaints and findings, impairment tables of the AMA Guides (6th edition), restrictions and treatment.
 * Plausible for a demonstration, not clinical guidance.
 */

export interface DiagnosisSeed {
  icd10: string;
  description: string;
}

export interface BodyPartMaterial {
  diagnoses: readonly DiagnosisSeed[];
  complaint: string;
  findings: readonly string[];
  /** AMA Guides 6th edition regional grid, with a whole-person range typical of the demo's cases. */
  impairment?: { table: string; page: string; min: number; max: number };
  restrictions: string;
  treatment: readonly string[];
}

export const BODY_PARTS: Readonly<Record<string, BodyPartMaterial>> = {
  'lumbar spine': {
    diagnoses: [
      { icd10: 'M54.16', description: 'Radiculopathy, lumbar region' },
      { icd10: 'M51.26', description: 'Other intervertebral disc displacement, lumbar region' },
      { icd10: 'S39.012A', description: 'Strain of muscle, fascia and tendon of lower back, initial encounter' },
      { icd10: 'M48.062', description: 'Spinal stenosis, lumbar region with neurogenic claudication' },
    ],
    complaint: 'low back pain radiating into the left buttock and posterior thigh, worse with sitting and bending',
    findings: [
      'Lumbar flexion limited to 45 degrees with pain at end range; extension 15 degrees.',
      'Straight-leg raise positive on the left at 50 degrees, negative on the right.',
      'Paraspinal tenderness L4–S1 without spasm; no sensory deficit; reflexes 2+ and symmetric.',
      'Waddell signs 0 of 5.',
    ],
    impairment: { table: 'Table 17-4', page: '570', min: 5, max: 13 },
    restrictions: 'No lifting over 20 pounds, no repetitive bending or twisting, change position every 30 minutes.',
    treatment: ['a home exercise programme', 'six further sessions of physical therapy', 'a lumbar epidural steroid injection if radicular pain persists'],
  },
  'cervical spine': {
    diagnoses: [
      { icd10: 'M54.12', description: 'Radiculopathy, cervical region' },
      { icd10: 'M50.122', description: 'Cervical disc disorder at C5-C6 level with radiculopathy' },
      { icd10: 'S13.4XXA', description: 'Sprain of ligaments of cervical spine, initial encounter' },
      { icd10: 'M54.2', description: 'Cervicalgia' },
    ],
    complaint: 'neck pain with intermittent tingling into the right thumb and index finger',
    findings: [
      'Cervical rotation 60 degrees to the right and 55 degrees to the left; flexion 40 degrees.',
      'Spurling test positive on the right; grip strength 5/5 bilaterally.',
      'Diminished pinprick sensation in the right C6 dermatome; biceps reflex 1+ on the right.',
    ],
    impairment: { table: 'Table 17-2', page: '564', min: 4, max: 15 },
    restrictions: 'No overhead work, no lifting over 25 pounds, avoid sustained neck flexion over 20 minutes.',
    treatment: ['a course of cervical traction and therapy', 'an ergonomic workstation assessment', 'no surgical intervention at this time'],
  },
  'right knee': {
    diagnoses: [
      { icd10: 'S83.241A', description: 'Other tear of medial meniscus, current injury, right knee, initial encounter' },
      { icd10: 'M17.11', description: 'Unilateral primary osteoarthritis, right knee' },
      { icd10: 'S83.511A', description: 'Sprain of anterior cruciate ligament of right knee, initial encounter' },
    ],
    complaint: 'right knee pain with catching and swelling after prolonged standing',
    findings: [
      'Small right knee effusion; medial joint line tenderness.',
      'McMurray test positive medially; Lachman test negative; range of motion 0–120 degrees.',
      'Quadriceps atrophy of 1.5 cm measured 10 cm above the patella.',
    ],
    impairment: { table: 'Table 16-3', page: '509', min: 1, max: 8 },
    restrictions: 'No kneeling, squatting or climbing ladders; standing limited to 2 hours at a time.',
    treatment: ['arthroscopic partial medial meniscectomy is reasonable', 'post-operative physical therapy for 8 to 12 weeks'],
  },
  'left knee': {
    diagnoses: [
      { icd10: 'S83.242A', description: 'Other tear of medial meniscus, current injury, left knee, initial encounter' },
      { icd10: 'M17.12', description: 'Unilateral primary osteoarthritis, left knee' },
      { icd10: 'S83.512A', description: 'Sprain of anterior cruciate ligament of left knee, initial encounter' },
    ],
    complaint: 'left knee pain, giving way on stairs and stiffness in the morning',
    findings: [
      'Left knee range of motion 0–115 degrees with crepitus.',
      'Medial joint line tenderness; McMurray test equivocal; ligaments stable.',
      'Antalgic gait favouring the left side.',
    ],
    impairment: { table: 'Table 16-3', page: '509', min: 1, max: 8 },
    restrictions: 'No kneeling or squatting; avoid uneven ground; seated work preferred.',
    treatment: ['a corticosteroid injection', 'a supervised strengthening programme', 'a knee brace for work'],
  },
  'right shoulder': {
    diagnoses: [
      { icd10: 'M75.121', description: 'Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic' },
      { icd10: 'S46.011A', description: 'Strain of muscle(s) and tendon(s) of the rotator cuff of right shoulder, initial encounter' },
      { icd10: 'M75.41', description: 'Impingement syndrome of right shoulder' },
    ],
    complaint: 'right shoulder pain with overhead reaching and at night',
    findings: [
      'Right shoulder forward flexion 140 degrees, abduction 120 degrees, external rotation 60 degrees.',
      'Positive Neer and Hawkins impingement signs; empty-can test weak at 4/5.',
      'No instability; acromioclavicular joint non-tender.',
    ],
    impairment: { table: 'Table 15-5', page: '401', min: 3, max: 10 },
    restrictions: 'No work above shoulder height with the right arm; no lifting over 15 pounds with the right arm.',
    treatment: ['a subacromial injection', 'rotator cuff strengthening therapy', 'surgical consultation if no improvement in 8 weeks'],
  },
  'left shoulder': {
    diagnoses: [
      { icd10: 'M75.122', description: 'Complete rotator cuff tear or rupture of left shoulder, not specified as traumatic' },
      { icd10: 'S46.012A', description: 'Strain of muscle(s) and tendon(s) of the rotator cuff of left shoulder, initial encounter' },
      { icd10: 'M75.42', description: 'Impingement syndrome of left shoulder' },
    ],
    complaint: 'left shoulder pain and weakness lifting the arm',
    findings: ['Left shoulder abduction 110 degrees with painful arc; external rotation strength 4/5.', 'Positive Hawkins sign; drop-arm test negative.'],
    impairment: { table: 'Table 15-5', page: '401', min: 3, max: 10 },
    restrictions: 'No overhead work with the left arm; no lifting over 15 pounds with the left arm.',
    treatment: ['physical therapy twice weekly for 6 weeks', 'an MR arthrogram if symptoms persist'],
  },
  'right wrist': {
    diagnoses: [
      { icd10: 'G56.01', description: 'Carpal tunnel syndrome, right upper limb' },
      { icd10: 'S63.501A', description: 'Unspecified sprain of right wrist, initial encounter' },
    ],
    complaint: 'numbness of the right thumb, index and middle fingers, waking at night',
    findings: ['Tinel and Phalen signs positive at the right wrist.', 'Two-point discrimination 6 mm in the median distribution; thenar strength 4+/5.'],
    impairment: { table: 'Table 15-23', page: '449', min: 1, max: 5 },
    restrictions: 'No repetitive gripping or use of vibrating tools with the right hand; 10-minute break each hour of keyboard work.',
    treatment: ['night splinting', 'carpal tunnel release is reasonable given the nerve conduction findings'],
  },
  'right hand': {
    diagnoses: [
      { icd10: 'S66.911A', description: 'Strain of unspecified muscle, fascia and tendon at wrist and hand level, right hand, initial encounter' },
      { icd10: 'M65.331', description: 'Trigger finger, right middle finger' },
    ],
    complaint: 'right hand pain and stiffness gripping tools',
    findings: ['Triggering of the right middle finger with a tender A1 pulley nodule.', 'Grip strength 28 kg on the right against 40 kg on the left.'],
    impairment: { table: 'Table 15-2', page: '391', min: 1, max: 4 },
    restrictions: 'No forceful gripping with the right hand; no lifting over 10 pounds with the right hand.',
    treatment: ['a corticosteroid injection of the flexor sheath', 'hand therapy for 4 weeks'],
  },
  'right ankle': {
    diagnoses: [
      { icd10: 'S93.401A', description: 'Sprain of unspecified ligament of right ankle, initial encounter' },
      { icd10: 'M25.571', description: 'Pain in right ankle and joints of right foot' },
    ],
    complaint: 'right ankle pain and swelling after walking more than 30 minutes',
    findings: ['Tenderness over the anterior talofibular ligament; anterior drawer test 1+.', 'Ankle dorsiflexion 10 degrees, plantar flexion 35 degrees.'],
    impairment: { table: 'Table 16-2', page: '501', min: 1, max: 5 },
    restrictions: 'No climbing ladders or walking on uneven ground; an ankle brace at work.',
    treatment: ['balance and proprioception training', 'an ankle stabilising brace'],
  },
  'right hip': {
    diagnoses: [
      { icd10: 'M16.11', description: 'Unilateral primary osteoarthritis, right hip' },
      { icd10: 'S76.011A', description: 'Strain of muscle, fascia and tendon of right hip, initial encounter' },
    ],
    complaint: 'right groin and hip pain on rising from a chair and on stairs',
    findings: ['Right hip internal rotation 15 degrees with groin pain; FABER test positive.', 'Trendelenburg sign negative; leg lengths equal.'],
    impairment: { table: 'Table 16-4', page: '512', min: 2, max: 10 },
    restrictions: 'No repetitive stair climbing; no lifting over 30 pounds.',
    treatment: ['an image-guided intra-articular injection', 'orthopaedic follow-up regarding arthroplasty'],
  },
  head: {
    diagnoses: [
      { icd10: 'S06.0X0A', description: 'Concussion without loss of consciousness, initial encounter' },
      { icd10: 'F07.81', description: 'Postconcussional syndrome' },
      { icd10: 'G44.309', description: 'Post-traumatic headache, unspecified, not intractable' },
    ],
    complaint: 'daily headaches, difficulty concentrating and sensitivity to light',
    findings: ['Cranial nerves intact; no focal neurological deficit.', 'Montreal Cognitive Assessment 27/30; tandem gait normal.', 'Vestibular-ocular screening provoked mild dizziness.'],
    restrictions: 'No work at heights or with moving machinery; reduced screen time with breaks every 45 minutes.',
    treatment: ['vestibular therapy', 'a graded return-to-activity programme', 'neuropsychological testing if cognitive complaints persist'],
  },
  psyche: {
    diagnoses: [
      { icd10: 'F43.10', description: 'Post-traumatic stress disorder, unspecified' },
      { icd10: 'F32.1', description: 'Major depressive disorder, single episode, moderate' },
      { icd10: 'F41.1', description: 'Generalized anxiety disorder' },
      { icd10: 'F43.23', description: 'Adjustment disorder with mixed anxiety and depressed mood' },
    ],
    complaint: 'intrusive memories, poor sleep, low mood and avoidance of the workplace',
    findings: [
      'Mental status: anxious affect, congruent mood, linear thought process, no suicidal ideation.',
      'PHQ-9 score 14 (moderate); GAD-7 score 12 (moderate).',
      'Validity indicators on standardised testing within normal limits.',
    ],
    restrictions: 'No work at the site of the incident; reduced hours (4 per day) for 4 weeks, then reassess.',
    treatment: ['trauma-focused cognitive behavioural therapy, 12 sessions', 'continued medication management with the treating psychiatrist'],
  },
  'right upper extremity': {
    diagnoses: [
      { icd10: 'G90.511', description: 'Complex regional pain syndrome I of right upper limb' },
      { icd10: 'G89.4', description: 'Chronic pain syndrome' },
    ],
    complaint: 'burning pain of the right forearm and hand with colour and temperature changes',
    findings: ['Allodynia of the right forearm; skin 1.5 °C cooler than the left.', 'Reduced right wrist range of motion; mild oedema of the right hand.'],
    restrictions: 'No use of the right arm for lifting or repetitive tasks; one-handed work only.',
    treatment: ['a stellate ganglion block trial', 'graded motor imagery and desensitisation therapy', 'a functional restoration programme'],
  },
  'right elbow': {
    diagnoses: [
      { icd10: 'M77.11', description: 'Lateral epicondylitis, right elbow' },
      { icd10: 'M77.01', description: 'Medial epicondylitis, right elbow' },
    ],
    complaint: 'lateral right elbow pain gripping and lifting',
    findings: ['Tenderness over the right lateral epicondyle; pain with resisted wrist extension (Cozen test positive).', 'Full elbow range of motion.'],
    restrictions: 'No forceful gripping or use of power tools with the right hand for 6 weeks.',
    treatment: ['a counterforce brace', 'eccentric strengthening therapy', 'activity modification'],
  },
  lungs: {
    diagnoses: [
      { icd10: 'J68.0', description: 'Bronchitis and pneumonitis due to chemicals, gases, fumes and vapors' },
      { icd10: 'J45.40', description: 'Moderate persistent asthma, uncomplicated' },
    ],
    complaint: 'cough and shortness of breath on exertion since the exposure',
    findings: ['Scattered expiratory wheeze; oxygen saturation 96% on room air.', 'Spirometry: FEV1 78% of predicted with 14% bronchodilator response.'],
    restrictions: 'No exposure to respiratory irritants, fumes or dust; respirator required in the facility.',
    treatment: ['inhaled corticosteroid therapy', 'repeat spirometry in 3 months', 'a workplace exposure assessment'],
  },
  skin: {
    diagnoses: [{ icd10: 'L23.5', description: 'Allergic contact dermatitis due to other chemical products' }],
    complaint: 'itchy, cracked skin of both hands that flares at work',
    findings: ['Lichenified, fissured plaques on the dorsal hands and fingers; no involvement elsewhere.', 'Patch testing positive to epoxy resin.'],
    restrictions: 'No contact with epoxy resins; nitrile gloves for all wet work.',
    treatment: ['a topical corticosteroid and emollient regimen', 'strict avoidance of the allergen'],
  },
  heart: {
    diagnoses: [
      { icd10: 'I25.10', description: 'Atherosclerotic heart disease of native coronary artery without angina pectoris' },
      { icd10: 'I10', description: 'Essential (primary) hypertension' },
    ],
    complaint: 'fatigue and breathlessness climbing one flight of stairs',
    findings: ['Blood pressure 138/86; regular rhythm; no murmurs.', 'Exercise tolerance reported at 5 METs on the most recent stress test.'],
    restrictions: 'Sedentary to light work; no lifting over 20 pounds; no sustained heavy exertion.',
    treatment: ['cardiac rehabilitation', 'continued secondary prevention under the treating cardiologist'],
  },
  'whole person': {
    diagnoses: [{ icd10: 'E11.42', description: 'Type 2 diabetes mellitus with diabetic polyneuropathy' }],
    complaint: 'numbness and burning of both feet, worse at night and after standing',
    findings: ['Monofilament sensation absent at the toes bilaterally; ankle reflexes absent.', 'Romberg test mildly positive; gait cautious.'],
    restrictions: 'Seated work; no prolonged standing or walking over 30 minutes; no work at heights.',
    treatment: ['optimised glycaemic control', 'podiatry follow-up', 'a trial of neuropathic pain medication'],
  },
};

/** Records reviewed, by kind; `{part}` becomes the body part and `{date}` a date in the claim's history. */
export const RECORD_TEMPLATES = {
  first: ["Employer's first report of injury dated {date}", 'Emergency department record dated {date}', 'Urgent care visit note dated {date}'],
  imaging: ['MRI of the {part} dated {date}', 'X-rays of the {part} dated {date}', 'CT of the {part} dated {date}'],
  treatment: [
    'Treating physician progress notes, {date} to date',
    'Physical therapy notes ({n} visits) from {date}',
    'Pain management consultation dated {date}',
    'Pharmacy records from {date}',
    'Orthopaedic consultation dated {date}',
  ],
  other: ['Job description provided by the employer', 'Prior independent medical examination report dated {date}', 'Claimant questionnaire completed at the exam'],
  psych: ['Psychotherapy notes from {date}', 'Psychiatric medication management notes from {date}', 'Standardised test protocols administered at the exam'],
  byJurisdiction: {
    'US-NY': ["C-3 Employee Claim dated {date}", "C-4 Doctor's Initial Report dated {date}"],
    'US-CA': ['DWC-1 claim form dated {date}', "Primary treating physician's PR-2 reports from {date}"],
    'US-WA': ['Report of Industrial Injury or Occupational Disease dated {date}'],
    'US-OR': ['Form 801 Report of Job Injury or Illness dated {date}', 'Form 827 Worker’s and Health Care Provider’s Report dated {date}'],
    'US-CT': ['Form 30C Notice of Claim dated {date}'],
  } as Readonly<Record<string, readonly string[]>>,
} as const;

/** Boards that receive reports where the rule requires it. */
export const BOARD_NAMES: Readonly<Record<string, string>> = {
  'US-NY': "New York State Workers' Compensation Board",
  'US-CA': "California Division of Workers' Compensation",
  'US-WA': 'Washington State Department of Labor & Industries',
  'US-OR': "Oregon Workers' Compensation Division",
  'US-CT': "Connecticut Workers' Compensation Commission",
};

/** Form and completeness only: QA never reviews the medical opinion. */
export const QA_CHECKLIST_ITEMS: readonly string[] = [
  'Every referral question answered',
  'Records reviewed listed',
  'MMI stated where asked',
  'Impairment rating cites edition, table and page',
  'Diagnoses carry valid ICD-10 codes',
  'Exam start and end recorded',
  'Signed attestation present',
];

export const QA_CHANGE_NOTES: readonly string[] = [
  'Question 2 is not answered directly; please state the answer in the first sentence.',
  'The impairment rating cites the table but not the page.',
  'Records reviewed omit the MRI cited in the findings; please list it.',
  'The attestation page is unsigned.',
];

export const ADDENDUM_NOTES = {
  LATE_RECORDS: {
    records: ['Physical therapy discharge summary received after the report', 'Repeat MRI received after the report'],
    history: 'Addendum on review of records received after the report was issued. No re-examination was performed.',
  },
  CLIENT_REQUEST: {
    records: ['Letter from the claims adjuster requesting clarification'],
    history: 'Addendum at the request of the client, clarifying the work restrictions and their expected duration. No re-examination was performed.',
  },
  CORRECTION: {
    records: ['Original report'],
    history: 'Addendum correcting a typographical error in the date of injury stated in the history of the original report. The opinions are unchanged.',
  },
} as const;
