export { buildStoryText } from './story-text'
export { buildStoryMarkdown } from './story-markdown'
export { buildStoryHtml } from './story-html'
export type { StoryHtmlOptions } from './story-html'
export { buildStoryCsv, STORY_CSV_COLUMNS } from './story-csv'
export { buildStoryJson } from './story-json'

import type { Story } from '../story-types'
import { buildStoryCsv } from './story-csv'
import { buildStoryHtml } from './story-html'
import type { StoryHtmlOptions } from './story-html'
import { buildStoryJson } from './story-json'
import { buildStoryMarkdown } from './story-markdown'
import { buildStoryText } from './story-text'

/** The formats a story exports to. */
export const STORY_REPORT_FORMATS = ['text', 'json', 'html', 'md', 'csv'] as const

/** One of {@link STORY_REPORT_FORMATS}. */
export type StoryReportFormat = (typeof STORY_REPORT_FORMATS)[number]

/** The story in one of the report formats. */
export function buildStoryReport(
  story: Story,
  format: StoryReportFormat,
  about: StoryHtmlOptions,
): string {
  switch (format) {
    case 'text':
      return buildStoryText(story)
    case 'json':
      return buildStoryJson(story)
    case 'html':
      return buildStoryHtml(story, about)
    case 'md':
      return buildStoryMarkdown(story)
    case 'csv':
      return buildStoryCsv(story)
  }
}
