import { AutocompleteInput, BooleanField, DataTable, DateField, List, NullableBooleanInput, ReferenceField, ReferenceInput, SearchInput, SelectInput, usePermissions } from 'react-admin';
import { ValueChip } from '../common/StatusChip';
import { userRoleChoices } from './choices';

const adminFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="E-mail or name" />,
  <SelectInput key="role" source="role" choices={userRoleChoices} alwaysOn />,
  <ReferenceInput key="clientId" source="clientId" reference="clients">
    <AutocompleteInput label="Client" optionText="name" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];
const managerFilters = [<SearchInput key="q" source="q" alwaysOn placeholder="E-mail or name" />, <NullableBooleanInput key="active" source="active" alwaysOn />];

/**
 * The Users page (docs/security.md, "Accounts and invitations"): every account for an administrator, the
 * organisation's own CLIENT users for its manager (the API limits the list whatever the filters say).
 */
export const UserList = () => {
  const { permissions } = usePermissions();
  const admin = permissions?.role === 'ADMIN';
  return (
    <List filters={admin ? adminFilters : managerFilters} sort={{ field: 'email', order: 'ASC' }} exporter={false} title="Users">
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="email" label="E-mail" />
        <DataTable.Col source="role" render={(u) => <ValueChip value={u.role} />} />
        {admin && (
          <DataTable.Col source="clientId" label="Client" disableSort>
            <ReferenceField source="clientId" reference="clients" link={false} emptyText="—" />
          </DataTable.Col>
        )}
        <DataTable.Col source="manager" disableSort field={BooleanField} />
        <DataTable.Col source="active" disableSort field={BooleanField} />
        <DataTable.Col source="passwordSet" label="Password set" disableSort field={BooleanField} />
        <DataTable.Col source="twoFactor" label="Two-factor" disableSort field={BooleanField} />
        <DataTable.Col source="lastLoginAt" label="Last sign-in" render={(u) => (u.lastLoginAt ? <DateField source="lastLoginAt" showTime /> : 'never')} />
      </DataTable>
    </List>
  );
};
