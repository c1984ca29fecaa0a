import type { Story } from '../story-types'

/** The story as its `rewrite-lens/story@1` JSON, two-space indented. */
export function buildStoryJson(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`
}
