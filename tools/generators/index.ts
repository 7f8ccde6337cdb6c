export { moduleGenerator } from './module/generator';
