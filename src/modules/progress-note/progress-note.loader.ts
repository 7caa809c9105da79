import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { ProgressNote } from './progress-note.entity';
import type { ProgressNoteType } from './progress-note.type';

export const progressNoteByIdLoader = rowByIdLoader<ProgressNoteType>(ProgressNote);
export const progressNotesByPartnershipLoader = childRowsLoader<ProgressNoteType>(ProgressNote, 'partnership');
export const progressNotesByReportLoader = childRowsLoader<ProgressNoteType>(ProgressNote, 'report');
export const progressNotesByObjectiveLoader = childRowsLoader<ProgressNoteType>(ProgressNote, 'objective');
