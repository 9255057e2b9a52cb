import { sharedDownload } from '../download';

export const GET = sharedDownload('xlsx');
