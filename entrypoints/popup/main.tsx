import { Popup } from '@/components/popup/Popup';
import { mountPage } from '@/components/ui/mount';

mountPage('popupTitle', <Popup />);
