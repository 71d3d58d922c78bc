import { EntityReference } from '@imepanel/runtime';

/** The cases subgraph's Case, referenced by id; this subgraph adds its reports to it. */
export const CaseRef = EntityReference('Case', 'id');
export type CaseRef = InstanceType<typeof CaseRef>;

/** The examiners subgraph's Examiner, referenced by id; this subgraph adds its reports and report metrics. */
export const ExaminerRef = EntityReference('Examiner', 'id');
export type ExaminerRef = InstanceType<typeof ExaminerRef>;

/** The cases subgraph's Client, referenced by id (statistics grouped by client). */
export const ClientRef = EntityReference('Client', 'id', { resolvable: false });
export type ClientRef = InstanceType<typeof ClientRef>;

/** The examiners subgraph's Specialty, referenced by code (statistics grouped by specialty). */
export const SpecialtyRef = EntityReference('Specialty', 'code', { resolvable: false });
export type SpecialtyRef = InstanceType<typeof SpecialtyRef>;
