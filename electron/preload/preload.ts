// The Electron preload: exposes exactly the WorkbenchApi methods as `window.duizhao`, each a
// function that invokes its own channel. ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { WORKBENCH_METHODS, channelFor } from '../../src/shared/methods.ts';

/** The object exposed to the renderer: one named function per contract method. */
export const bridge = Object.freeze(
  Object.fromEntries(WORKBENCH_METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelFor(method), input)])),
);

contextBridge.exposeInMainWorld('duizhao', bridge);
