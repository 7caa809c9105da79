import { registerEnumType } from 'type-graphql';

/** The EQUAL 'scatter plot': what kind of innovation ... */
export enum InnovationDimension {
  PROCESS = 'PROCESS',
  PRACTICE = 'PRACTICE',
  PRODUCT = 'PRODUCT',
  POLICY = 'POLICY',
}

/** ... and at which level it is expected to have effect. */
export enum InnovationLevel {
  CITY = 'CITY',
  LOCAL = 'LOCAL',
  REGIONAL = 'REGIONAL',
  NATIONAL = 'NATIONAL',
  EUROPEAN = 'EUROPEAN',
}

registerEnumType(InnovationDimension, { name: 'InnovationDimension', description: 'Innovation scatter plot: kind of innovation.' });
registerEnumType(InnovationLevel, { name: 'InnovationLevel', description: 'Innovation scatter plot: level of effect.' });
