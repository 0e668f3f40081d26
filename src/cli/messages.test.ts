import { describe, expect, it } from 'vitest';
import { cliLanguage, translate } from './messages.ts';

describe('CLI messages', () => {
  it('picks Chinese only for zh locales, LC_ALL first', () => {
    expect(cliLanguage({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(cliLanguage({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(cliLanguage({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(cliLanguage({})).toBe('en');
  });

  it('translates namespaced and default-namespace codes with interpolation', () => {
    expect(translate('host:errors.projectNotFound', { path: '/x.duizhao' }, 'en')).toBe('The project file /x.duizhao does not exist.');
    expect(translate('host:errors.projectNotFound', { path: '/x.duizhao' }, 'zh-CN')).toBe('项目文件 /x.duizhao 不存在。');
    expect(translate('errors.internal', { message: 'boom' }, 'en')).toContain('boom');
    expect(translate('nowhere:errors.unknown', { a: 1 }, 'en')).toBe('nowhere:errors.unknown {"a":1}');
  });
});
