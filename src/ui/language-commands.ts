import type { LanguageMode } from '../settings';
import type { XCapturePluginApi } from './plugin-api';
import { ThreadView } from './thread-view';

const COMMANDS: { id: string; name: string; mode: LanguageMode }[] = [
  { id: 'show-original', name: 'Show original', mode: 'original' },
  { id: 'show-translation', name: 'Show translation', mode: 'translation' },
  { id: 'show-both', name: 'Show both', mode: 'both' },
];

/** Commands that set the language mode of the card view in front (and remember it for the note). */
export function registerLanguageCommands(plugin: XCapturePluginApi): void {
  for (const { id, name, mode } of COMMANDS) {
    plugin.addCommand({
      id,
      name,
      checkCallback: (checking) => {
        const view = plugin.app.workspace.getActiveViewOfType(ThreadView);
        if (!view?.file) return false;
        if (!checking) void view.setMode(mode);
        return true;
      },
    });
  }
}
