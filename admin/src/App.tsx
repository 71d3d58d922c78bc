import { Admin, ListGuesser, Resource } from 'react-admin';

export const App = () => (
  <Admin disableTelemetry dataProvider={{} as never}>
    <Resource name="examiners" list={ListGuesser} />
  </Admin>
);
