import { ownDownload } from '../download';

export const GET = ownDownload('csv');
