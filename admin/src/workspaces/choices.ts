import { SCHEMA_ENUMS } from 'virtual:schema-enums';
import { humanize } from '../common/choices';

/** An enum of the committed schema as choices of a select (its values in the schema's order). */
function enumChoices(name: string, words: Record<string, string> = {}) {
  const values = SCHEMA_ENUMS[name];
  if (!values) throw new Error(`schema/supergraph.graphql declares no enum ${name}`);
  return values.map((id) => ({ id, name: words[id] ?? humanize(id) }));
}

export const imeReasonChoices = enumChoices('ImeReason', { MMI: 'Maximum medical improvement (MMI)', EXTENT_OF_INJURY: 'Extent of injury' });
export const examFormatChoices = enumChoices('ExamFormat', { IN_PERSON: 'In person' });
export const workCapacityChoices = enumChoices('WorkCapacity');
export const addendumReasonChoices = enumChoices('AddendumReason');
export const lineOfBusinessChoices = enumChoices('LineOfBusiness', { WORKERS_COMP: "Workers' compensation" });
export const priorityChoices = enumChoices('CasePriority');
