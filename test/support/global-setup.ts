export { setup as default } from './schemas';
