/** Stream names are built only here: `<category>-<id>`, exactly one dash before the id. */
const categoryPattern = /^[a-z][a-zA-Z0-9_]*$/;

export const streamName = (category: string, id: string): string => {
  if (!categoryPattern.test(category)) throw new Error(`invalid stream category "${category}": letters, digits, _ only`);
  if (id.length === 0) throw new Error('stream id must not be empty');
  return `${category}-${id}`;
};

export const disputeStream = (disputeId: string): string => streamName('dispute', disputeId);

/** The category of a stream name: everything before the first dash. */
export const streamCategory = (stream: string): string => {
  const dash = stream.indexOf('-');
  return dash < 0 ? stream : stream.slice(0, dash);
};

export const streamId = (stream: string): string => {
  const dash = stream.indexOf('-');
  if (dash < 0) throw new Error(`stream "${stream}" has no id`);
  return stream.slice(dash + 1);
};
