import type { WordTable } from './schema';

export const en: WordTable = {
  lang: 'en',
  cookie: ['cookie', 'tracking technologies'],
  reject: [
    'reject', 'reject all', 'reject cookies', 'reject all cookies', 'decline', 'decline all', 'refuse', 'refuse all',
    'deny', 'deny all', 'disagree', 'i disagree', 'do not accept', "don't accept", 'do not agree', "i don't agree",
    'i do not agree', 'no thanks', 'no thank you', 'opt out', 'object to all', 'continue without accepting',
    'continue without agreeing', 'disallow all',
  ],
  necessary: [
    'necessary only', 'only necessary', 'necessary cookies only', 'only necessary cookies', 'use necessary cookies only',
    'accept necessary', 'accept only necessary', 'allow necessary', 'allow only necessary', 'essential only',
    'only essential', 'essential cookies only', 'accept essential', 'accept only essential', 'allow essential',
    'strictly necessary only', 'required only', 'only required', 'accept required only',
  ],
  settings: [
    'settings', 'cookie settings', 'privacy settings', 'manage', 'manage cookies', 'manage settings',
    'manage preferences', 'manage options', 'manage consent', 'manage choices', 'preferences', 'cookie preferences',
    'customize', 'customise', 'options', 'more options', 'let me choose', 'configure', 'show purposes', 'show details',
    'change settings',
  ],
  save: [
    'save', 'save settings', 'save preferences', 'save my preferences', 'save choices', 'save my choices',
    'save and close', 'save and exit', 'confirm', 'confirm my choices', 'confirm choices', 'confirm selection',
    'confirm my selection', 'accept selection', 'accept selected', 'allow selection', 'allow selected',
  ],
  accept: [
    'accept', 'accept all', 'accept cookies', 'accept all cookies', 'i accept', 'accept and close', 'accept and continue',
    'agree', 'i agree', 'agree and close', 'agree and continue', 'allow', 'allow all', 'allow cookies',
    'allow all cookies', 'ok', 'okay', 'got it', 'continue', 'i understand', 'understood', 'yes', 'sounds good',
    "that's ok", 'fine', 'enable all', 'accept and read', 'continue with ads',
  ],
  wall: ['subscribe', 'subscription', 'ad free', 'without ads', 'pay', 'per month', 'contentpass', 'consent or pay'],
  categories: {
    necessary: ['necessary', 'essential', 'strictly', 'required'],
    functional: ['functional', 'functionality', 'preference', 'personalisation', 'personalization'],
    analytics: ['analytic', 'statistic', 'performance', 'measurement', 'audience measurement'],
    advertising: ['marketing', 'advertising', 'advertisement', 'targeting', 'ads'],
    social: ['social'],
  },
};
