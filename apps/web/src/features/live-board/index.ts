export { LiveBoardPage } from './pages/live-board-page';
