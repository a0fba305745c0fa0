import { z } from 'astro/zod';

/** Network plugins an entry can be about; `any` means the answer holds whatever the plugin. */
export const plugins = ['terway', 'flannel', 'any'] as const;

/** One network plugin value. */
export type Plugin = (typeof plugins)[number];

/** `plugin:` in frontmatter: one or more plugins, no repeats. */
export const pluginSchema = z.enum(plugins);
