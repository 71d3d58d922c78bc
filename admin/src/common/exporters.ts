import { defaultExporter, type Exporter, type RaRecord } from 'react-admin';

/**
 * A list's CSV export (react-admin's exporter) with the columns a person reads, in order, rather than every field of
 * the records and their nested objects. The rows are those the list query gave the caller, so a role exports only
 * what it may see.
 */
export const shapedExporter =
  (shape: (record: RaRecord) => Record<string, unknown>): Exporter =>
  (records, fetchRelated, dataProvider, resource) =>
    defaultExporter(records.map(shape), fetchRelated, dataProvider, resource);
