import { Route } from 'react-router';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { MyAccountPage } from './MyAccountPage';
import { SetPasswordPage } from './SetPasswordPage';

/**
 * The account pages anyone may open without a session (`<CustomRoutes noLayout>{publicAccountRoutes}</CustomRoutes>`):
 * the targets of invitation and password-reset links, and "forgot password".
 */
export const publicAccountRoutes = [
  <Route key="accept-invitation" path="/accept-invitation" element={<SetPasswordPage purpose="INVITATION" />} />,
  <Route key="reset-password" path="/reset-password" element={<SetPasswordPage purpose="PASSWORD_RESET" />} />,
  <Route key="forgot-password" path="/forgot-password" element={<ForgotPasswordPage />} />,
];

/** The signed-in user's own pages (`<CustomRoutes>{accountRoutes}</CustomRoutes>`). */
export const accountRoutes = [<Route key="my-account" path="/my-account" element={<MyAccountPage />} />];
