import { Global, Module } from '@nestjs/common';
import { Metrics } from './metrics';

/** One metrics registry per process, available everywhere. */
@Global()
@Module({ providers: [{ provide: Metrics, useValue: new Metrics() }], exports: [Metrics] })
export class ObservabilityModule {}
