import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AddCircleIcon from '@mui/icons-material/AddCircle';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import BlockIcon from '@mui/icons-material/Block';
import EventIcon from '@mui/icons-material/Event';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import InsightsIcon from '@mui/icons-material/Insights';
import TuneIcon from '@mui/icons-material/Tune';
import { createElement, type ReactElement } from 'react';
import { Menu as RaMenu, useResourceDefinitions } from 'react-admin';
import { menuFor, resourceLabel, type WorkspaceIcon } from './access';
import { UsersMenuItem } from './users';
import { useRole } from './workspaces/byRole';

const ICONS: Record<WorkspaceIcon, ReactElement> = {
  order: <AddCircleIcon />,
  exams: <EventIcon />,
  conflicts: <BlockIcon />,
  expiring: <EventBusyIcon />,
  weights: <TuneIcon />,
  statistics: <InsightsIcon />,
  availability: <EventAvailableIcon />,
  tree: <AccountTreeIcon />,
  eligibility: <FactCheckIcon />,
};

/** The console's navigation: each role's own (access.ts), in the order of its day; the home page first. */
export const Menu = () => {
  const role = useRole();
  const resources = useResourceDefinitions();
  return (
    <RaMenu>
      <RaMenu.DashboardItem {...(role === 'CLIENT' || role === 'EXAMINER' ? { primaryText: 'Home' } : {})} />
      {menuFor(role).map((entry) => {
        if ('to' in entry) return <RaMenu.Item key={entry.to} to={entry.to} primaryText={entry.label} leftIcon={ICONS[entry.icon]} />;
        const definition = resources[entry.resource];
        const label = resourceLabel(role, entry.resource);
        // Each role's name for the list where it has one; react-admin's item otherwise (it also asks canAccess).
        return label ? (
          <RaMenu.Item
            key={entry.resource}
            to={`/${entry.resource}`}
            primaryText={label}
            leftIcon={definition?.icon ? createElement(definition.icon) : undefined}
          />
        ) : (
          <RaMenu.ResourceItem key={entry.resource} name={entry.resource} />
        );
      })}
      <UsersMenuItem />
    </RaMenu>
  );
};
