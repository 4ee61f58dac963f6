import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/utils/background/handlers';

export default defineBackground(() => startBackground());
