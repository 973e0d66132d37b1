/** Absolute path of the directory holding the studio page, its scripts, workers and styles. */
export declare const studioAssetsDir: string;
