import { outlookWeb } from '../sites/outlook-web.js';
import { boot } from './runtime.js';

boot(outlookWeb);
