/** How each figure of the impact report is calculated: apart from the main entry, so pages that do not show them do not load them. */
export * from './lib/metric-definitions';
