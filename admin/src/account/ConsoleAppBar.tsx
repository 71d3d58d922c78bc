import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { AppBar, Logout, UserMenu, useUserMenu } from 'react-admin';
import { Link } from 'react-router';

const MyAccountItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const menu = useUserMenu();
  return (
    <MenuItem component={Link} to="/my-account" ref={ref} {...props} onClick={() => menu?.onClose()}>
      <ListItemIcon>
        <AccountCircleIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>My account</ListItemText>
    </MenuItem>
  );
});

/** The app bar with "My account" (two-factor set-up) in the user menu, above Logout. */
export const ConsoleAppBar = () => (
  <AppBar
    userMenu={
      <UserMenu>
        <MyAccountItem />
        <Logout />
      </UserMenu>
    }
  />
);
