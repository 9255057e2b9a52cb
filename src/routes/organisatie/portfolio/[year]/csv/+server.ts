import { ownDownload } from '../download.server';

export const GET = ownDownload('csv');
