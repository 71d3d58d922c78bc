/** The URL (inside the console's router) of a resource's list showing only what `filter` selects. */
export function filteredListUrl(resource: string, filter: Record<string, unknown>, sort?: { field: string; order: 'ASC' | 'DESC' }): string {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) {
    params.set('sort', sort.field);
    params.set('order', sort.order);
  }
  params.set('page', '1');
  return `/${resource}?${params.toString()}`;
}
