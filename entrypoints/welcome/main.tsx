import { mountPage } from '@/components/ui/mount';
import { Welcome } from '@/components/welcome/Welcome';

mountPage('welcomeTitle', <Welcome />);
