/**
 * The ribbon's function file. The add-in's only ribbon control opens the task pane
 * (ShowTaskpane in manifest.xml), which needs no code; Office still loads this file
 * for the FunctionFile entry, so it only signals that it is ready.
 */
Office.onReady(() => undefined);
