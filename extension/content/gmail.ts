import { gmail } from '../sites/gmail.js';
import { boot } from './runtime.js';

boot(gmail);
