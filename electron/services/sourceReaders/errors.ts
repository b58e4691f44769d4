/** A file that cannot become a source. The message is for people and already names the reason. */
export class SourceFileError extends Error {
  override name = 'SourceFileError';
}
