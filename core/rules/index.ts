// The catalogue, in the order of rules.md. Each rule lives in its own module.
import type { Rule } from './rule.js';
import { akutInformera } from './akut-informera.js';
import { allmanHandling } from './allman-handling.js';
import { enskiltArende } from './enskilt-arende.js';
import { kdViaForvaltningschef } from './kd-via-forvaltningschef.js';
import { lofteTillMedborgare } from './lofte-till-medborgare.js';
import { mediaAnsvarigChef } from './media-ansvarig-chef.js';
import { mediaHurFraga } from './media-hur-fraga.js';
import { mediaKommunikator } from './media-kommunikator.js';
import { mediaVadFraga } from './media-vad-fraga.js';
import { narmasteChef } from './narmaste-chef.js';
import { okandMottagare } from './okand-mottagare.js';
import { personnummerExtern } from './personnummer-extern.js';
import { tjanstepersonTillFortroendevald } from './tjansteperson-till-fortroendevald.js';
import { viaForvaltningschef } from './via-forvaltningschef.js';
import { visselblasning } from './visselblasning.js';

export const RULES: readonly Rule[] = [
  viaForvaltningschef,
  akutInformera,
  narmasteChef,
  tjanstepersonTillFortroendevald,
  kdViaForvaltningschef,
  enskiltArende,
  lofteTillMedborgare,
  visselblasning,
  mediaVadFraga,
  mediaHurFraga,
  mediaAnsvarigChef,
  mediaKommunikator,
  personnummerExtern,
  allmanHandling,
  okandMottagare,
];
