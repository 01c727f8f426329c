// The options of a select over records with ids (drafts, parties, people): one per item,
// valued by its id, so every picker in the app lists records the same way.

export function Options<T extends { id: string }>(props: {
  items: readonly T[];
  label: (item: T) => string;
}) {
  return (
    <>
      {props.items.map((item) => (
        <option key={item.id} value={item.id}>
          {props.label(item)}
        </option>
      ))}
    </>
  );
}
