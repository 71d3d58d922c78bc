import { defineDocumentStoreEntities } from '@imepanel/runtime';

/** This subgraph's document store tables (content, chunks, spent links), in its own schema (docs/documents.md). */
export const casesDocumentStoreEntities = defineDocumentStoreEntities();
