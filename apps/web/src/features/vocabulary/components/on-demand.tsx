import { type ComponentType, lazy, Suspense } from 'react';
import { LoadingState } from '../../../shared/components/LoadingState';

/**
 * A part of the workbench whose code loads when it is first shown: the forms and the comparison
 * of versions appear on a click, and most readers never click, so the term page does not wait
 * for their code (nor for the diff library and the queries they bring). Until the code is in,
 * the part says it is loading, in its own place: the rest of the page stays.
 */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Part = lazy(async () => ({ default: await load() }));
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={<LoadingState />}>
        <Part {...props} />
      </Suspense>
    );
  };
}

export const AnnotationForm = onDemand(() => import('./AnnotationForm').then((module) => module.AnnotationForm));
export const ReviseDefinitionForm = onDemand(() => import('./ReviseDefinitionForm').then((module) => module.ReviseDefinitionForm));
export const RelateDefinitionForm = onDemand(() => import('./RelateDefinitionForm').then((module) => module.RelateDefinitionForm));
export const AddDefinitionForm = onDemand(() => import('./AddDefinitionForm').then((module) => module.AddDefinitionForm));
export const VersionComparison = onDemand(() => import('./VersionComparison').then((module) => module.VersionComparison));
