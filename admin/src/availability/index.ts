export { AvailabilityPage } from './AvailabilityPage';
