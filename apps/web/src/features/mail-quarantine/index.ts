export { QuarantinePage } from './pages/quarantine-page';
