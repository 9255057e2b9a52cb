import { sharedDownload } from '../download.server';

export const GET = sharedDownload('csv');
