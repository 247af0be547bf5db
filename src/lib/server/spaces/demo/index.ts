import type { SpaceInput } from '../spaces.schemas.ts';
import { asociacija } from './asociacija.ts';
import { grozd } from './grozd.ts';
import { iskra } from './iskra.ts';
import { nvoVid } from './nvo-vid.ts';

export const demoSpaces: SpaceInput[] = [grozd, iskra, nvoVid, asociacija];
