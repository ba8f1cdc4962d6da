/**
 * The JSON the server's /api/tab/ answers with. The one definition lives beside the overview
 * service (src/services/overview/tabViews.ts); this is the tab's only import from the server's
 * source, types only, so nothing of it reaches the bundle.
 */
export type {
  CaseRow,
  CasesView,
  GapsView,
  MeView,
  PostRow,
  TaskRow,
  UpdatesView,
  UsageView,
  ViewId,
} from '../../src/services/overview/tabViews';
