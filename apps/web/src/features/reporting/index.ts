export { ReportingPage } from './pages/reporting-page';
