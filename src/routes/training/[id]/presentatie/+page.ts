export { entries } from '../+page';
