// Ids the page layout owns. Heading ids in an essay are renamed rather than take one of these.
export const PAGE_IDS = {
  main: 'main',
  player: 'listen',
  playerLabel: 'listen-label',
  miniPlayer: 'listen-mini',
  essayTitle: 'essay-title',
  playFromHereKeys: 'play-from-here-keys',
  footnotePopover: 'footnote-popover',
  footnotePopoverLabel: 'footnote-popover-label',
} as const;
