import type { BuildOptions } from 'esbuild';

/** Options shared by every bundle that runs outside Node (the plugin, browser harnesses). */
export declare const browserOptions: BuildOptions;
