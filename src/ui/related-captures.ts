import type { XCapturePluginApi } from './plugin-api';
import { RELATED_ICON, RelatedView, VIEW_TYPE_RELATED } from './related-view';
import { VaultIndex } from './vault-index';

/** Opens the related-captures panel in the right sidebar (or shows it where it already is). */
export async function openRelatedView(plugin: XCapturePluginApi): Promise<void> {
  const { workspace } = plugin.app;
  let leaf = workspace.getLeavesOfType(VIEW_TYPE_RELATED)[0];
  if (!leaf) {
    const right = workspace.getRightLeaf(false);
    if (!right) return;
    await right.setViewState({ type: VIEW_TYPE_RELATED, active: true });
    leaf = right;
  }
  await workspace.revealLeaf(leaf);
}

/**
 * The related-captures feature: the vault index (built once the layout is ready), the side panel,
 * its hover-preview source, a ribbon icon and a command to open it.
 */
export function registerRelatedCaptures(plugin: XCapturePluginApi): void {
  const index = plugin.addChild(new VaultIndex(plugin));
  plugin.registerView(VIEW_TYPE_RELATED, (leaf) => new RelatedView(leaf, plugin, index));
  plugin.registerHoverLinkSource(VIEW_TYPE_RELATED, { display: 'Related captures', defaultMod: true });
  plugin.addRibbonIcon(RELATED_ICON, 'Open related captures', () => void openRelatedView(plugin));
  plugin.addCommand({ id: 'open-related-captures', name: 'Open related captures', callback: () => void openRelatedView(plugin) });
}
