import { type ComponentType, lazy } from 'react';

/**
 * A lazily loaded component that talks to the API. The data layer (Apollo Client, about a third
 * of the JavaScript) loads in parallel with the component's own chunk, so the page frame, the
 * search box and the headings can render before it arrives.
 */
export function lazyWithData<Props extends object>(load: () => Promise<{ default: ComponentType<Props> }>) {
  return lazy(async () => {
    const [{ DataProvider }, { default: Component }] = await Promise.all([import('./DataProvider'), load()]);
    function WithData(props: Props) {
      return (
        <DataProvider>
          <Component {...props} />
        </DataProvider>
      );
    }
    return { default: WithData };
  });
}
