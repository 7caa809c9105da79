import { Arg, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { compiledRead, compiledRootRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { DEFAULT_LANGUAGE, LanguageCodeScalar } from '../taxonomy/language-code.scalar';
import { metricByKeyLoader } from '../metric/metric.loader';
import { MetricType } from '../metric/metric.type';
import { Indicator, type Localized } from './indicator.entity';
import { indicatorByCodeLoader, indicatorByIdLoader, mappingsByIndicatorLoader, mappingsByMetricKeyLoader } from './indicator.loader';
import { IndicatorMappingType, IndicatorType } from './indicator.type';

/** A text in the language asked for, or English where it is not translated yet. */
export function inLanguage(text: Localized, lang: string): string {
  return text[lang] ?? text[DEFAULT_LANGUAGE];
}

@Resolver(() => IndicatorType)
export class IndicatorResolver {
  @Query(() => [IndicatorType], { description: 'The indicator catalogue: ESF common indicators and the rates the hub derives.' })
  indicators(@Ctx() { loaders }: HubContext) {
    return loaders.run<IndicatorType>(loaders.select(Indicator).orderBy('t.ordinal'));
  }

  @Query(() => IndicatorType, { nullable: true })
  @Extensions(compiledRootRead(indicatorByCodeLoader, 'code'))
  indicator(@Arg('code') code: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(indicatorByCodeLoader).load(code);
  }

  @FieldResolver(() => String)
  label(@Root() indicator: IndicatorType, @Arg('lang', () => LanguageCodeScalar, { defaultValue: DEFAULT_LANGUAGE }) lang: string) {
    return inLanguage(indicator.label, lang);
  }

  @FieldResolver(() => String)
  description(@Root() indicator: IndicatorType, @Arg('lang', () => LanguageCodeScalar, { defaultValue: DEFAULT_LANGUAGE }) lang: string) {
    return inLanguage(indicator.description, lang);
  }

  @FieldResolver(() => [LanguageCodeScalar], { description: 'Languages the labels are in.' })
  languages(@Root() indicator: IndicatorType) {
    return Object.keys(indicator.label).sort();
  }

  @Extensions(compiledRead(indicatorByCodeLoader, 'numeratorCode'))
  @FieldResolver(() => IndicatorType, { nullable: true, description: 'For a derived rate: what is divided.' })
  numerator(@Root() indicator: IndicatorType, @Ctx() { loaders }: HubContext) {
    return indicator.numeratorCode ? loaders.get(indicatorByCodeLoader).load(indicator.numeratorCode) : null;
  }

  @Extensions(compiledRead(indicatorByCodeLoader, 'denominatorCode'))
  @FieldResolver(() => IndicatorType, { nullable: true, description: 'For a derived rate: what it is divided by.' })
  denominator(@Root() indicator: IndicatorType, @Ctx() { loaders }: HubContext) {
    return indicator.denominatorCode ? loaders.get(indicatorByCodeLoader).load(indicator.denominatorCode) : null;
  }

  @Extensions(compiledRead(mappingsByIndicatorLoader))
  @FieldResolver(() => [IndicatorMappingType], { description: "Partnerships' metrics matched to this indicator." })
  mappings(@Root() indicator: IndicatorType, @Ctx() { loaders }: HubContext) {
    return loaders.get(mappingsByIndicatorLoader).load(indicator.id);
  }
}

@Resolver(() => IndicatorMappingType)
export class IndicatorMappingResolver {
  @Extensions(compiledRead(indicatorByIdLoader, 'indicatorId'))
  @FieldResolver(() => IndicatorType)
  indicator(@Root() mapping: IndicatorMappingType, @Ctx() { loaders }: HubContext) {
    return loaders.get(indicatorByIdLoader).load(mapping.indicatorId);
  }

  @Extensions(compiledRead(metricByKeyLoader, 'metricKey'))
  @FieldResolver(() => MetricType, { nullable: true, description: 'The metric, when its partnership is in the hub.' })
  metric(@Root() mapping: IndicatorMappingType, @Ctx() { loaders }: HubContext) {
    return loaders.get(metricByKeyLoader).load(mapping.metricKey);
  }
}

@Resolver(() => MetricType)
export class MetricIndicatorResolver {
  @Extensions(compiledRead(mappingsByMetricKeyLoader, 'key'))
  @FieldResolver(() => [IndicatorMappingType], { description: 'The common indicators this metric is matched to.' })
  indicatorMappings(@Root() metric: MetricType, @Ctx() { loaders }: HubContext) {
    return loaders.get(mappingsByMetricKeyLoader).load(metric.key);
  }
}
