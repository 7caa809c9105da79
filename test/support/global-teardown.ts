export { teardown as default } from './schemas';
