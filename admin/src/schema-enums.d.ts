/** Every enum of the committed supergraph, by name, as its values in the schema's order (admin/vite.config.ts). */
declare module 'virtual:schema-enums' {
  export const SCHEMA_ENUMS: Readonly<Record<string, readonly string[]>>;
}
