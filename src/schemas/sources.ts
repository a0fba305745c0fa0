import { z } from 'astro/zod';

/**
 * The upstream documents the corpus is written from. An entry's `sources`
 * names them by id so a reviewer can re-check every fact; titles and editions
 * live here once instead of being retyped in every entry.
 */
export const sourceDocuments = {
  'ack-faq-zh': {
    title: '容器网络FAQ (ACK)',
    lang: 'zh',
    edition: 'older edition, undated',
  },
  'ack-faq-ja': {
    title: 'Container Service for Kubernetes: コンテナーネットワークに関するよくある質問',
    lang: 'ja',
    edition: '2025-11-09',
  },
  'k8s-network-qa': {
    title: 'k8s环境下容器网络相关的问题如何有效排查?',
    lang: 'zh',
    edition: '2020-06-22',
  },
  'ack-network-course': {
    title: '阿里云 ACK 集群网络 | 学习笔记',
    lang: 'zh',
    edition: 'undated',
  },
  'terway-migration-report': {
    title: '阿里云ACK网络插件Terway踩坑记',
    lang: 'zh',
    edition: '2021-11-12',
  },
} as const;

/** One source document id. */
export type SourceId = keyof typeof sourceDocuments;

const sourceIds = Object.keys(sourceDocuments) as [SourceId, ...SourceId[]];

/** One provenance item: which document, and which question or section of it. */
export const sourceRefSchema = z.strictObject({
  /** Id of the document in `sourceDocuments`. */
  id: z.enum(sourceIds),
  /** The question or section heading in that document, as it is written there. */
  section: z.string().min(1),
});

/** One provenance item, as parsed. */
export type SourceRef = z.infer<typeof sourceRefSchema>;
