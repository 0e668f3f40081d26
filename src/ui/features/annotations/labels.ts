import type { i18n } from 'i18next';
import type { Side } from '../../../core/annotate/index.ts';

/** The display name of a tag: the translation of a default tag, else the name the user gave it. */
export function tagLabel(instance: i18n, name: string): string {
  const key = `annotate:defaultTags.${name}.name`;
  if (name === '' || !instance.exists(key)) return name;
  return (instance.t as unknown as (key: string) => string)(key);
}

/** The description of a tag: translated for default tags whose description is unchanged, else as written. */
export function tagDescription(instance: i18n, name: string, description: string): string {
  const key = `annotate:defaultTags.${name}.description`;
  const english = (instance.getFixedT('en') as unknown as (key: string) => string)(key);
  if (!instance.exists(key) || english !== description) return description;
  return (instance.t as unknown as (key: string) => string)(key);
}

/** The `lang` attribute of text from one side. */
export function sideLang(side: Side): 'zh-Hans' | 'en' {
  return side === 'source' ? 'zh-Hans' : 'en';
}
