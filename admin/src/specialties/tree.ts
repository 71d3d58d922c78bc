/** One specialty of the taxonomy as the tree shows it: its sub-specialties under it, by name. */
export interface SpecialtyNode {
  code: string;
  name: string;
  active: boolean;
  examinerCount: number;
  children: SpecialtyNode[];
}

export interface SpecialtyRow {
  code: string;
  name: string;
  active: boolean;
  examinerCount: number;
  parentCode: string | null;
}

const byName = (a: SpecialtyNode, b: SpecialtyNode) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code);

/**
 * The taxonomy as a tree (parent and sub-specialties, docs/console.md "Specialties"): every specialty under its
 * parent, the top-level ones (and any whose parent is not among the rows) at the root, siblings by name. A cycle in
 * the rows — the API refuses one, but the tree must not loop on bad data — leaves its members at the root.
 */
export function buildSpecialtyTree(rows: SpecialtyRow[]): SpecialtyNode[] {
  const nodes = new Map(rows.map((r) => [r.code, { code: r.code, name: r.name, active: r.active, examinerCount: r.examinerCount, children: [] as SpecialtyNode[] }]));
  const parentOf = new Map(rows.map((r) => [r.code, r.parentCode]));
  const inCycle = (code: string) => {
    const seen = new Set<string>();
    for (let at: string | null | undefined = code; at; at = parentOf.get(at)) {
      if (seen.has(at)) return true;
      seen.add(at);
    }
    return false;
  };
  const roots: SpecialtyNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.code)!;
    const parent = row.parentCode ? nodes.get(row.parentCode) : undefined;
    if (parent && !inCycle(row.code)) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: SpecialtyNode[]) => {
    list.sort(byName);
    for (const n of list) sort(n.children);
    return list;
  };
  return sort(roots);
}

/** The codes of every specialty with sub-specialties (to expand the whole tree at once). */
export function branchCodes(nodes: SpecialtyNode[]): string[] {
  return nodes.flatMap((n) => (n.children.length ? [n.code, ...branchCodes(n.children)] : []));
}

