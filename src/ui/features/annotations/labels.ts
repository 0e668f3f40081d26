import type { i18n } from 'i18next';
import type { Side } from '../../../core/annotate/index.ts';
import type { LocaleResources } from '../../../core/i18n/keys.ts';

/** The name of a tag of the default tag set, which has a translated name and description. */
type DefaultTag = keyof LocaleResources['annotate']['defaultTags'];

// A user's tag name is any string; it has translations only when it names a default tag.
function isDefaultTag(instance: i18n, name: string): name is DefaultTag {
  return name !== '' && instance.exists(`annotate:defaultTags.${name}.name`);
}

/** The display name of a tag: the translation of a default tag, else the name the user gave it. */
export function tagLabel(instance: i18n, name: string): string {
  return isDefaultTag(instance, name) ? instance.t(`annotate:defaultTags.${name}.name`) : name;
}

/** The description of a tag: translated for default tags whose description is unchanged, else as written. */
export function tagDescription(instance: i18n, name: string, description: string): string {
  if (!isDefaultTag(instance, name)) return description;
  const english = instance.getFixedT('en', 'annotate')(`defaultTags.${name}.description`);
  return english === description ? instance.t(`annotate:defaultTags.${name}.description`) : description;
}

/** The `lang` attribute of text from one side. */
export function sideLang(side: Side): 'zh-Hans' | 'en' {
  return side === 'source' ? 'zh-Hans' : 'en';
}
