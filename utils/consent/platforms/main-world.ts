/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The one function Candor runs in a page's main world to talk to a consent platform's own JS API
 * (the isolated content script cannot see page globals). The background injects it with
 * scripting.executeScript({ world: 'MAIN', func, args }), so it must be self-contained: no imports,
 * no closures over module scope. It only reads and writes consent through each platform's
 * documented API or stored state; which items to grant is decided in the isolated world
 * (categories.ts), so this function receives item ids, never preferences.
 *
 * op 'read': its stored state (PlatformState: every
 * item it knows, `decided` once a choice is stored) or null when unreadable · op 'apply': record
 * exactly `grant` (reject all when empty), close its banner, and answer the stored state after it.
 */
export async function platformMainWorld(platform: string, op: string, grant: string[]): Promise<unknown> {
  // 'apply' answers with the stored state it left, saving the caller a second round trip.
  if (op === 'apply') {
    const applied = await platformMainWorld(platform, 'write', grant);
    return applied === true ? platformMainWorld(platform, 'read', []) : null;
  }
  const w = window as any;
  const cookie = (name: string): string | null => {
    const hit = document.cookie.split(/;\s*/).find((part) => part.startsWith(`${name}=`));
    return hit === undefined ? null : hit.slice(name.length + 1);
  };
  const decode = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };
  const item = (id: string, labels: string[], required: boolean, granted: boolean) => ({ id, labels, required, granted });
  const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

  switch (platform) {
    case 'onetrust': {
      const api = w.OneTrust;
      if (op === 'read') {
        // Stored state: the OptanonConsent cookie's `groups=C0001:1,C0002:0,…`; before any choice,
        // the groups the site configured, none granted.
        const raw = cookie('OptanonConsent');
        const groups = raw === null ? '' : (new URLSearchParams(decode(raw).replace(/;/g, '&')).get('groups') ?? '');
        const pairs = groups
          .split(',')
          .map((pair) => pair.split(':'))
          .filter((pair) => pair.length === 2 && pair[0]);
        const configured: string[] = (api.GetDomainData?.()?.Groups ?? []).map((g: any) => String(g.OptanonGroupId));
        const items =
          pairs.length > 0
            ? pairs.map(([id, flag]) => item(id!, [id!], id === 'C0001', flag === '1'))
            : configured.map((id) => item(id, [id], id === 'C0001', false));
        return { decided: raw !== null && cookie('OptanonAlertBoxClosed') !== null, items };
      }
      api.RejectAll();
      for (const group of grant) api.UpdateConsent('Category', `${group}:1`);
      api.Close?.();
      return true;
    }
    case 'cookiebot': {
      const api = w.Cookiebot;
      if (op === 'read') {
        const text = decode(cookie('CookieConsent') ?? '');
        const flag = (key: string) => new RegExp(`${key}:\\s*true`).test(text);
        return {
          decided: /stamp:/.test(text),
          items: ['preferences', 'statistics', 'marketing'].map((key) => item(key, [key], false, flag(key))),
        };
      }
      api.submitCustomConsent(grant.includes('preferences'), grant.includes('statistics'), grant.includes('marketing'));
      api.hide?.();
      return true;
    }
    case 'didomi': {
      const api = w.Didomi;
      if (op === 'read') {
        // Stored state: the didomi_token cookie (base64 JSON with purposes enabled/disabled).
        const raw = cookie('didomi_token');
        let token: any = null;
        try {
          token = raw === null ? null : JSON.parse(atob(decode(raw)));
        } catch {
          token = null;
        }
        const enabled: string[] = token?.purposes?.enabled ?? [];
        const known: string[] = (api.getPurposes?.() ?? []).map((p: any) => String(p.id));
        const ids = [...new Set([...known, ...enabled, ...(token?.purposes?.disabled ?? [])])];
        return { decided: token !== null, items: ids.map((id) => item(id, [id], false, enabled.includes(id))) };
      }
      const purposes: string[] = (api.getPurposes?.() ?? []).map((p: any) => p.id);
      const vendors: any[] = api.getVendors?.() ?? [];
      // A vendor may run only if every purpose it needs was granted.
      const vendorOk = (v: any) => (v.purposeIds ?? []).every((id: string) => grant.includes(id));
      api.setUserStatus({
        purposes: {
          consent: { enabled: grant, disabled: purposes.filter((id) => !grant.includes(id)) },
          legitimate_interest: { enabled: [], disabled: purposes },
        },
        vendors: {
          consent: { enabled: vendors.filter(vendorOk).map((v) => v.id), disabled: vendors.filter((v) => !vendorOk(v)).map((v) => v.id) },
          legitimate_interest: { enabled: [], disabled: vendors.map((v) => v.id) },
        },
        created: new Date().toISOString(),
        updated: new Date().toISOString(),
        source: { type: 'integration', domain: location.hostname },
        action: 'webpage',
      });
      api.notice?.hide?.();
      return true;
    }
    case 'usercentrics': {
      const api = w.UC_UI;
      if (op === 'read') {
        const services: any[] = api.getServicesBaseInfo() ?? [];
        return {
          decided: localStorage.getItem('uc_user_interaction') === 'true',
          items: services.map((s) =>
            item(String(s.id), [String(s.categorySlug ?? '')], s.categorySlug === 'essential' || !!s.isEssential, !!s.consent?.status),
          ),
        };
      }
      await api.denyAllConsents();
      if (grant.length > 0) await api.acceptServices(grant);
      await api.closeCMP?.();
      return true;
    }
    case 'klaro': {
      const manager = w.klaro?.getManager?.();
      const services: any[] = manager.config.services ?? manager.config.apps ?? [];
      if (op === 'read') {
        return {
          decided: !!manager.confirmed,
          items: services.map((s) => item(s.name, s.purposes ?? [], !!s.required, !!manager.getConsent(s.name))),
        };
      }
      for (const s of services) if (!s.required) manager.updateConsent(s.name, grant.includes(s.name));
      manager.saveAndApplyConsents();
      return true;
    }
    case 'orejime': {
      const instance = w.orejime;
      const flat = (list: any[]): any[] => list.flatMap((p) => (Array.isArray(p.purposes) ? flat(p.purposes) : [p]));
      const purposes = flat(instance.config.purposes ?? []);
      if (op === 'read') {
        const name = instance.config.cookie?.name ?? 'orejime';
        return {
          decided: cookie(name) !== null,
          items: purposes.map((p) =>
            item(p.id, [p.id, String(p.title ?? '')], !!p.isMandatory || !!p.isExempt, !!instance.manager.getConsent(p.id)),
          ),
        };
      }
      if (grant.length === 0) instance.manager.declineAll();
      else for (const p of purposes) if (!p.isMandatory && !p.isExempt) instance.manager.setConsent(p.id, grant.includes(p.id));
      return true;
    }
    case 'tarteaucitron': {
      const api = w.tarteaucitron;
      const keys: string[] = api.job.filter((key: string) => api.services?.[key]);
      if (op === 'read') {
        const raw = decode(cookie(api.parameters?.cookieName ?? 'tarteaucitron') ?? '');
        const stored = (key: string) => new RegExp(`!${key}=(true|false)`).exec(raw)?.[1];
        return {
          decided: keys.length > 0 && keys.every((key) => stored(key) !== undefined),
          items: keys.map((key) => item(key, [String(api.services[key].type)], false, stored(key) === 'true')),
        };
      }
      api.userInterface.respondAll(false);
      for (const key of grant) {
        const allow = document.getElementById(`${key}Allowed`);
        if (allow) api.userInterface.respond(allow, true);
      }
      api.userInterface.closeAlert?.();
      return true;
    }
    case 'vanilla-cookieconsent': {
      const api = w.CookieConsent;
      const categories: Record<string, any> = api.getConfig('categories') ?? {};
      if (op === 'read') {
        return {
          decided: api.validConsent(),
          items: Object.entries(categories).map(([name, c]) => item(name, [name], !!c.readOnly, api.acceptedCategory(name))),
        };
      }
      api.acceptCategory(grant);
      api.hide();
      api.hidePreferences();
      return true;
    }
    case 'osano-cookieconsent': {
      if (op === 'read') {
        const status = cookie('cookieconsent_status') ?? '';
        return { decided: ['allow', 'deny'].includes(status), items: [item('all', ['all'], false, status === 'allow')] };
      }
      // v3 keeps its popup instance private: its own deny / allow control is the only way in.
      const control = document.querySelector<HTMLElement>(grant.includes('all') ? '.cc-window .cc-allow' : '.cc-window .cc-deny');
      control?.click();
      await sleep(50);
      return !!control;
    }
    case 'tcf': {
      if (op === 'read') {
        const data: any = await Promise.race([
          new Promise((done) => w.__tcfapi('getTCData', 2, (d: any, ok: boolean) => done(ok ? d : null))),
          sleep(1000).then(() => null),
        ]);
        if (!data) return null;
        const consents = data.purpose?.consents ?? {};
        const items = Array.from({ length: 11 }, (_, i) => item(`tcf-${i + 1}`, [`tcf-${i + 1}`], false, consents[i + 1] === true));
        const stored = !!data.tcString && (data.eventStatus === 'useractioncomplete' || data.eventStatus === 'tcloaded');
        return { decided: stored, items };
      }
      return false; // TCF has no write API: these platforms are answered through their UI.
    }
  }
  return null;
}
