import { browser } from 'wxt/browser';
import { z } from 'zod';
import { HistoryEntrySchema } from '../storage/history';
import { ReportResponseSchema, type UiToBackground } from './messages';

/** The UI's only way to talk to the background: typed requests, validated answers. */
async function request<T>(message: UiToBackground, answer: z.ZodType<T>): Promise<T> {
  return answer.parse(await browser.runtime.sendMessage(message));
}

export const backgroundClient = {
  getReport: (tabId: number) => request({ type: 'report:get', tabId }, ReportResponseSchema),
  getHistory: () => request({ type: 'history:get' }, z.array(HistoryEntrySchema)),
  clearHistory: () => request({ type: 'history:clear' }, z.null()),
};
