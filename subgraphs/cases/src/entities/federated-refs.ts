import { EntityReference } from '@imepanel/runtime';

/** The examiners subgraph's Examiner, referenced by id; this subgraph adds its case fields to it. */
export const ExaminerRef = EntityReference('Examiner', 'id');
export type ExaminerRef = InstanceType<typeof ExaminerRef>;

/** The examiners subgraph's Specialty, referenced by code. */
export const SpecialtyRef = EntityReference('Specialty', 'code', { resolvable: false });
export type SpecialtyRef = InstanceType<typeof SpecialtyRef>;
