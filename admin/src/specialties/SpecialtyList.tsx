import { Button, CreateButton, DataTable, Link, List, NullableBooleanInput, SearchInput, TopToolbar, BooleanInput, FilterButton } from 'react-admin';
import { ValueChip } from '../common/StatusChip';
import { filteredListUrl } from '../common/links';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Code or name" />,
  <NullableBooleanInput key="active" source="active" label="Active" alwaysOn />,
  <BooleanInput key="rootsOnly" source="rootsOnly" label="Top level only" />,
];

/** The taxonomy, by name: each specialty with its parent, its sub-specialties and how many examiners hold it. */
export const SpecialtyList = () => (
  <List
    filters={filters}
    exporter={false}
    title="Specialties"
    actions={
      <TopToolbar>
        <FilterButton />
        <Button label="As a tree" component={Link} to="/specialty-tree" />
        <CreateButton />
      </TopToolbar>
    }
  >
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="code" disableSort />
      <DataTable.Col
        source="parentCode"
        label="Part of"
        disableSort
        render={(s) => (s.parent ? <Link to={`/specialties/${encodeURIComponent(s.parent.code)}/show`} onClick={(e: { stopPropagation(): void }) => e.stopPropagation()}>{s.parent.name}</Link> : '—')}
      />
      <DataTable.Col label="Sub-specialties" disableSort render={(s) => s.children.map((c: any) => c.name).join(', ') || '—'} />
      <DataTable.Col
        source="examinerCount"
        label="Examiners"
        disableSort
        render={(s) => (
          <Link to={filteredListUrl('examiners', { specialtyCode: s.code })} onClick={(e: { stopPropagation(): void }) => e.stopPropagation()}>
            {s.examinerCount}
          </Link>
        )}
      />
      <DataTable.Col source="active" disableSort render={(s) => <ValueChip value={s.active ? 'ACTIVE' : 'RETIRED'} label={s.active ? 'Active' : 'Inactive'} />} />
    </DataTable>
  </List>
);
