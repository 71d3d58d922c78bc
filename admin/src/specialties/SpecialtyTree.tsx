import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Alert, Box, Button, Card, CardContent, Chip, IconButton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, Loading, Title, useDataProvider } from 'react-admin';
import { branchCodes, buildSpecialtyTree, type SpecialtyNode } from './tree';

/**
 * The specialty taxonomy as a tree (docs/console.md, "Specialties"): each specialty with its sub-specialties under
 * it, collapsed to the top level at first. Nested lists with a disclosure button per branch (aria-expanded,
 * aria-controls): Tab reaches every button and link, Enter or Space opens and closes a branch.
 */
export const SpecialtyTreePage = () => {
  const dataProvider = useDataProvider();
  const taxonomy = useQuery({
    queryKey: ['specialtyTree'],
    // Every specialty, read page by page (the data provider splits a long page into the API's pages).
    queryFn: () => dataProvider.getList('specialties', { pagination: { page: 1, perPage: 2000 }, sort: { field: 'name', order: 'ASC' }, filter: {} }),
  });
  const tree = useMemo(() => buildSpecialtyTree((taxonomy.data?.data ?? []) as never), [taxonomy.data]);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (code: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Specialty tree" />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
            <Typography variant="h6" component="h1" sx={{ flex: 1 }}>
              Specialty taxonomy
            </Typography>
            <Button size="small" onClick={() => setOpen(new Set(branchCodes(tree)))} disabled={!tree.length}>
              Expand all
            </Button>
            <Button size="small" onClick={() => setOpen(new Set())} disabled={!open.size}>
              Collapse all
            </Button>
            <Button size="small" component={Link} to="/specialties">
              As a list
            </Button>
          </Stack>
          {taxonomy.isPending && <Loading loadingPrimary="Loading the taxonomy" loadingSecondary="" />}
          {taxonomy.error && <Alert severity="error">The taxonomy could not be loaded: {(taxonomy.error as Error).message}</Alert>}
          {taxonomy.data && tree.length === 0 && <Typography color="text.secondary">No specialty recorded yet.</Typography>}
          {tree.length > 0 && <Branch nodes={tree} open={open} toggle={toggle} level={1} id="specialty-tree" label="Specialty taxonomy" />}
        </CardContent>
      </Card>
    </Box>
  );
};

const Branch = ({ nodes, open, toggle, level, id, label }: { nodes: SpecialtyNode[]; open: Set<string>; toggle: (code: string) => void; level: number; id: string; label: string }) => (
  <Box component="ul" id={id} aria-label={label} sx={{ listStyle: 'none', m: 0, pl: level === 1 ? 0 : 4 }}>
    {nodes.map((node) => (
      <Node key={node.code} node={node} open={open} toggle={toggle} level={level} />
    ))}
  </Box>
);

const Node = ({ node, open, toggle, level }: { node: SpecialtyNode; open: Set<string>; toggle: (code: string) => void; level: number }) => {
  const expanded = open.has(node.code);
  const childrenId = `specialty-${node.code}-children`;
  return (
    <li>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minHeight: 40 }}>
        {node.children.length > 0 ? (
          <IconButton
            size="small"
            aria-expanded={expanded}
            aria-controls={expanded ? childrenId : undefined}
            aria-label={`${expanded ? 'Collapse' : 'Expand'} ${node.name} (${node.children.length} sub-specialt${node.children.length === 1 ? 'y' : 'ies'})`}
            onClick={() => toggle(node.code)}
          >
            {expanded ? <ExpandMoreIcon /> : <ChevronRightIcon />}
          </IconButton>
        ) : (
          <Box sx={{ width: 34 }} aria-hidden />
        )}
        <Link to={`/specialties/${encodeURIComponent(node.code)}/show`}>{node.name}</Link>
        <Typography variant="body2" color="text.secondary">
          {node.code}
        </Typography>
        {!node.active && <Chip size="small" label="Inactive" />}
        <Typography variant="body2" color="text.secondary">
          · {node.examinerCount} {node.examinerCount === 1 ? 'examiner holds' : 'examiners hold'} it
        </Typography>
      </Stack>
      {node.children.length > 0 && expanded && <Branch nodes={node.children} open={open} toggle={toggle} level={level + 1} id={childrenId} label={`Sub-specialties of ${node.name}`} />}
    </li>
  );
};
