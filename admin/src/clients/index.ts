/** Ordering organisations: no screens of their own, looked up by the case and report filters. */
export default { recordRepresentation: 'name' };
