import { Options } from '@/components/options/Options';
import { mountPage } from '@/components/ui/mount';

mountPage('optionsTitle', <Options />);
