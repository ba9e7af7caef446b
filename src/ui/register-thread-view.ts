import { registerLanguageCommands } from './language-commands';
import { registerModeMemory } from './language-modes';
import type { XCapturePluginApi } from './plugin-api';
import { ThreadView, VIEW_TYPE_CARDS } from './thread-view';
import { registerViewSwitching, ThreadViewSwitcher } from './thread-view-switch';

/** The thread view feature: the card view, switching leaves to it, language commands and memory. */
export function registerThreadView(plugin: XCapturePluginApi): void {
  const switcher = new ThreadViewSwitcher(plugin);
  plugin.registerView(VIEW_TYPE_CARDS, (leaf) => new ThreadView(leaf, plugin, switcher));
  registerViewSwitching(plugin, switcher);
  registerModeMemory(plugin);
  registerLanguageCommands(plugin);
}
