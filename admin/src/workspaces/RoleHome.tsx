import { Dashboard } from '../dashboard/Dashboard';
import { byRole } from './byRole';
import { ClientHome } from './client/ClientHome';
import { ExaminerHome } from './examiner/ExaminerHome';

/** Each role's home page: the panel dashboard for administrators and analysts, the workspaces for the others. */
export const RoleHome = byRole({ default: Dashboard, CLIENT: ClientHome, EXAMINER: ExaminerHome });
