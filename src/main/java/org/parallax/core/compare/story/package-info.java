/**
 * Which texts tell the same story: {@link org.parallax.core.compare.story.StoryGrouper} groups texts by shared
 * vocabulary (all pairs on small libraries, bounded neighbours on large ones) and
 * {@link org.parallax.core.compare.story.Stories} labels a library's groups.
 */
package org.parallax.core.compare.story;
